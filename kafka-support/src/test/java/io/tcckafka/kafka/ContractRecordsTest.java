package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.TransferRequest;

class ContractRecordsTest {

    private static final String REQUEST = "{\"transferId\":\"t-1\",\"from\":{\"bank\":\"bank-a\",\"account\":\"2\"},"
            + "\"to\":{\"bank\":\"bank-b\",\"account\":\"1\"},\"amount\":\"1.00\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            tombstone          | NULL                    | the record has no value (a tombstone); expected a TransferRequest as JSON
            empty              | ''                      | the record's value is empty
            not JSON           | {not json               | the value is not a TransferRequest as JSON: Unexpected character
            wrong type         | {"transferId":42}       | the value is not a TransferRequest as JSON: Cannot coerce Integer value (42)
            """)
    void aValueThatCannotBeReadIsInvalidWithAReadableReason(String name, String value, String reason) {
        assertThatThrownBy(() -> ContractRecords.value(record("t-1", value), TransferRequest.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageStartingWith(reason);
    }

    @Test
    void theReasonStaysShortWhateverTheValue() {
        String huge = "{\"transferId\":\"" + "x".repeat(2_000_000);
        assertThatThrownBy(() -> ContractRecords.value(record("t-1", huge), TransferRequest.class))
                .isInstanceOf(InvalidMessageException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_100));
    }

    @Test
    void aWellFormedValueIsRead() {
        assertThat(ContractRecords.value(record("t-1", REQUEST), TransferRequest.class).transferId()).isEqualTo("t-1");
    }

    @ParameterizedTest(name = "key {0}, transferId {1}: valid {2}")
    @CsvSource(nullValues = "NULL", textBlock = """
            t-1,  t-1, true
            t-2,  t-1, false
            NULL, t-1, false
            """)
    void theKeyMustBeWhatTheContractSays(String key, String transferId, boolean valid) {
        var record = record(key, REQUEST);
        if (valid) {
            ContractRecords.requireKey(record, "transferId", transferId);
        } else {
            assertThatThrownBy(() -> ContractRecords.requireKey(record, "transferId", transferId))
                    .isInstanceOf(InvalidMessageException.class).hasMessageContaining("key must be its transferId");
        }
    }

    @Test
    void aReplyOfTheRightShapeIsRead() {
        String json = "{\"transferId\":\"t\",\"branch\":\"DEBIT\",\"phase\":\"TRY\",\"bank\":\"b\","
                + "\"outcome\":\"FAILED\",\"reason\":\"INSUFFICIENT_FUNDS\"}";
        assertThat(ContractRecords.value(record("t", json), BranchReply.class).succeeded()).isFalse();
    }

    private static ConsumerRecord<String, byte[]> record(String key, String value) {
        return new ConsumerRecord<>("topic", 0, 0, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
