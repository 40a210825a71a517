package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JacksonException;

class EventJsonStrictnessTest {

    private static final String ACCOUNTS = "\"from\":{\"bank\":\"bank-a\",\"account\":\"2\"},"
            + "\"to\":{\"bank\":\"bank-b\",\"account\":\"1\"}";
    private static final String COMMAND = "\"transferId\":\"t\",\"bank\":\"bank-a\",\"account\":\"1\",\"amount\":\"1\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            transferId as number    | {"transferId":42,FROM_TO,"amount":"1.00"}
            transferId as boolean   | {"transferId":true,FROM_TO,"amount":"1.00"}
            transferId as float     | {"transferId":4.2,FROM_TO,"amount":"1.00"}
            amount as boolean       | {"transferId":"t",FROM_TO,"amount":true}
            amount as array         | {"transferId":"t",FROM_TO,"amount":["1.00"]}
            amount as object        | {"transferId":"t",FROM_TO,"amount":{"value":"1.00"}}
            amount not a number     | {"transferId":"t",FROM_TO,"amount":"abc"}
            account as string       | {"transferId":"t","from":"bank-a/2","to":"bank-b/1","amount":"1.00"}
            amount given twice      | {"transferId":"t",FROM_TO,"amount":"1.00","amount":"999.00"}
            trailing garbage        | {"transferId":"t",FROM_TO,"amount":"1.00"} x
            truncated               | {"transferId":"t",FROM_TO,"amo
            an array                | []
            """)
    void aRequestOfTheWrongShapeIsNotRead(String name, String json) {
        assertThatThrownBy(() -> EventJson.read(json.replace("FROM_TO", ACCOUNTS), TransferRequest.class))
                .isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            branch by number        | {"branch":0,"phase":"TRY",COMMAND}
            phase by number         | {"branch":"DEBIT","phase":1,COMMAND}
            unknown phase           | {"branch":"DEBIT","phase":"PREPARE",COMMAND}
            lower-case branch       | {"branch":"debit","phase":"TRY",COMMAND}
            """)
    void enumsAreReadByTheirNamesOnly(String name, String json) {
        assertThatThrownBy(() -> EventJson.read(json.replace("COMMAND", COMMAND), BranchCommand.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void bytesThatAreNotUtf8AreNotRead() {
        byte[] json = {'{', '"', 't', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'};
        assertThatThrownBy(() -> EventJson.read(json, TransferRequest.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = "{\"transferId\":\"t\"," + ACCOUNTS + ",\"amount\":\"12.50\",\"priority\":\"high\"}";
        TransferRequest request = EventJson.read(json.getBytes(StandardCharsets.UTF_8), TransferRequest.class);
        assertThat(request.amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12.50", "12", "1e2", "0.1" })
    void moneyIsAStringNeverAJsonNumber(String number) {
        String json = "{\"transferId\":\"t\"," + ACCOUNTS + ",\"amount\":" + number + "}";
        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), TransferRequest.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("BigDecimal");
    }
}
