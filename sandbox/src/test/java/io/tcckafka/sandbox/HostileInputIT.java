package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.kafka.support.KafkaHeaders;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * Malformed and hostile input on every topic the services consume and every HTTP endpoint: each bad record ends
 * on its dead-letter topic with a readable reason (or, a request that parses, REJECTED), each bad HTTP request
 * gets a 4xx problem, never a 500 or a stack trace; and afterwards every partition still serves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Every exception header stays small, whatever the record held (see BoundedDeadLetterRecoverer). */
    private static final int MAX_REASON_BYTES = 10 * 1024;

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final List<TransferRequest> transfers = new ArrayList<>();
    private static Books books;

    @BeforeAll
    static void start() {
        startStack();
        books = new Books(client);
        books.open("bank-a", HostileRecords.PAYER, "1000.00");
        books.open("bank-b", HostileRecords.PAYEE, "0.00");
    }

    static List<HostileRecord> records() {
        return HostileRecords.all();
    }

    static List<HostileHttpRequest> httpRequests() {
        return HostileHttpRequests.all();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void eachHostileRecordIsDeadLetteredWithItsReasonOrAnswered(HostileRecord hostile) {
        probe.sendBytes(hostile.topic(), hostile.key(), hostile.value());

        if (hostile.isDeadLettered()) {
            String original = hostile.value() == null ? null : new String(hostile.value(), StandardCharsets.UTF_8);
            ConsumerRecord<String, String> dead = probe.awaitRecords(Topics.deadLetter(hostile.topic()),
                    r -> hostile.key().equals(r.key()) && Objects.equals(original, r.value()), 1).get(0);
            assertThat(header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(hostile.topic());
            assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains(hostile.deadLetterReason());
            assertThat(dead.headers()).allSatisfy(h -> assertThat(h.key().startsWith("kafka_dlt-exception")
                    ? h.value().length : 0).as(h.key()).isLessThan(MAX_REASON_BYTES));
        } else {
            TransferOutcome outcome = awaitTerminal(hostile.key(), WITHIN);
            assertThat(outcome.status()).isEqualTo(hostile.rejection() == null ? TransferStatus.COMMITTED
                    : TransferStatus.REJECTED);
            assertThat(outcome.reason()).isEqualTo(hostile.rejection());
            if (hostile.rejection() != null) {
                assertThat(outcome.detail()).as("what is wrong with it").isNotBlank();
            }
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("httpRequests")
    void eachHostileHttpRequestGetsAClearClientError(HostileHttpRequest hostile) throws Exception {
        HttpResponse<String> response = http.send(hostile.toRequest(stack.baseUrl(hostile.service()), stack.access()),
                HttpResponse.BodyHandlers.ofString());

        if (hostile.status() == 0) {
            assertThat(response.statusCode()).isBetween(400, 499);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
        }
        if (hostile.problem() && response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"detail\"").hasSizeLessThan(4_000);
        }
        assertThat(response.body()).doesNotContain("\tat ", "Exception:");
    }

    @Order(3)
    @Test
    void afterwardsATransferOnEveryPartitionCommitsAndTheBooksBalance() throws IOException {
        transfers.add(new TransferRequest(HostileRecords.KNOWN_TRANSFER,
                new AccountRef("bank-a", HostileRecords.PAYER), new AccountRef("bank-b", HostileRecords.PAYEE),
                money("1.00")));
        int partitions = probe.partitions(Topics.TRANSFER_REQUESTS);
        for (int partition = 0; partition < partitions; partition++) {
            AccountRef payer = books.open("bank-a", keyOn(partition, partitions, "after-payer-"), "10.00");
            AccountRef payee = books.open("bank-b", keyOn(partition, partitions, "after-payee-"), "0.00");
            var request = new TransferRequest(keyOn(partition, partitions, "after-"), payer, payee, money("2.50"));
            transfers.add(request);
            client.request(request);
        }

        awaitAllTerminal(transfers, WITHIN);
        assertThat(transfers).allSatisfy(t -> assertThat(client.outcome(t.transferId()).status())
                .isEqualTo(TransferStatus.COMMITTED));
        books.assertBalanced(transfers);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream().map(ConsumerRecord::value).toList());
    }

    /** A key that the default partitioner puts on the given partition, as it does for every topic of that size. */
    private static String keyOn(int partition, int partitions, String prefix) {
        for (int i = 0; ; i++) {
            String key = prefix + i;
            if (BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions) == partition) {
                return key;
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
