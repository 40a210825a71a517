package io.tcckafka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.TraceParent;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator sees of a few transfers through the whole system: the CloudEvents headers and the shared trace id
 * of every record on every topic, the metrics Prometheus scrapes from each service, and their health.
 */
class MonitoringIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String BANK_A = Topics.bankCommands("bank-a");
    private static final String BANK_B = Topics.bankCommands("bank-b");
    private static final String REQUESTS_DLT = Topics.deadLetter(Topics.TRANSFER_REQUESTS);
    private static final String REPLIES_A = Topics.bankReplies("bank-a");
    private static final String REPLIES_B = Topics.bankReplies("bank-b");
    private static final List<String> TRANSFER_TOPICS = List.of(Topics.TRANSFER_EVENTS, BANK_A, BANK_B, REPLIES_A,
            REPLIES_B);
    private static final List<String> TRANSFERS = List.of("mon-commit-1", "mon-commit-2", "mon-abort-1");
    /** The transfer whose Try the duplicate test sends again, apart from those whose records are checked unique. */
    private static final String DUPLICATED = "mon-duplicated-1";
    private static final Pattern TRACEPARENT = Pattern.compile("00-\\p{XDigit}{32}-\\p{XDigit}{16}-01");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TopicProbe topics;

    @BeforeAll
    static void runAFewTransfers() {
        // no Confirm resent early: each record of a transfer is sent once, so their ids are unique
        startStack("--tcc.orchestrator.retry-initial=1m");
        topics = new TopicProbe(infrastructure.access().kafka(), List.of(Topics.TRANSFER_EVENTS, BANK_A, BANK_B,
                REPLIES_A, REPLIES_B, REQUESTS_DLT));
        client.openAccount("bank-a", "mon-payer", "100.00");
        client.openAccount("bank-b", "mon-payee", "0.00");
        client.request(transfer("mon-commit-1", "10.00"));
        client.request(transfer("mon-commit-2", "20.00"));
        client.request(transfer("mon-abort-1", "1000.00"));
        client.request(transfer(DUPLICATED, "5.00"));
        topics.sendRaw(Topics.TRANSFER_REQUESTS, "mon-poison", "{not json");
        TRANSFERS.forEach(id -> awaitTerminal(id, WITHIN));
        awaitTerminal(DUPLICATED, WITHIN);
    }

    @AfterAll
    static void closeProbe() {
        topics.close();
    }

    @Test
    void everyRecordOfATransferOnEveryTopicCarriesCloudEventsHeadersAndTheTransfersTraceId() {
        for (String transferId : TRANSFERS) {
            List<ConsumerRecord<String, String>> records = await().atMost(WITHIN).until(() -> recordsOf(transferId),
                    found -> found.stream().anyMatch(r -> r.topic().equals(REPLIES_A))
                            && found.stream().anyMatch(r -> r.topic().equals(REPLIES_B))
                            && found.stream().anyMatch(r -> isTerminalEvent(r)));
            assertThat(records).extracting(ConsumerRecord::topic).contains(Topics.TRANSFER_EVENTS, BANK_A, BANK_B,
                    REPLIES_A, REPLIES_B);
            records.forEach(record -> assertCloudEvent(record, transferId, sourceOf(record)));
            assertThat(records).extracting(r -> TraceParent.traceIdOf(header(r, EventHeaders.TRACEPARENT)))
                    .containsOnly(TraceParent.traceId(transferId));
            assertThat(records).extracting(r -> header(r, EventHeaders.ID)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aDeadLetteredRequestGetsTheHeadersItCameWithout() {
        ConsumerRecord<String, String> copy = topics.awaitRecords(REQUESTS_DLT, r -> r.key().equals("mon-poison"), 1)
                .get(0);

        assertThat(copy.value()).isEqualTo("{not json");
        assertCloudEvent(copy, "mon-poison", "/tcc/orchestrator");
        assertThat(header(copy, EventHeaders.TYPE)).isEqualTo(EventHeaders.REQUEST_TYPE);
        assertThat(header(copy, EventHeaders.ID)).startsWith(Topics.TRANSFER_REQUESTS + "/");
        assertThat(TraceParent.traceIdOf(header(copy, EventHeaders.TRACEPARENT)))
                .isEqualTo(TraceParent.traceId("mon-poison"));
    }

    @Test
    void aDuplicateCommandIsAnsweredWithTheSameReplyEventAndCounted() {
        ConsumerRecord<String, String> debitTry = await().atMost(WITHIN).until(() -> recordsOf(DUPLICATED)
                .stream().filter(r -> r.topic().equals(BANK_A) && r.value().contains("\"phase\":\"TRY\""))
                .findFirst(), Optional::isPresent).orElseThrow();
        topics.sendRaw(BANK_A, debitTry.key(), debitTry.value());

        List<ConsumerRecord<String, String>> replies = topics.awaitRecords(REPLIES_A,
                r -> r.key().equals(DUPLICATED) && r.value().contains("\"branch\":\"DEBIT\"")
                        && r.value().contains("\"phase\":\"TRY\""), 2);
        assertThat(replies).extracting(r -> header(r, EventHeaders.ID)).containsOnly(header(replies.get(0),
                EventHeaders.ID));
        await().atMost(WITHIN).until(() -> metric("bank-a", "tcc_bank_commands_duplicate_total{phase=\"TRY\"}"),
                value -> value >= 1);
    }

    @Test
    void prometheusShowsTransfersPhasesBacklogDeadLettersAndConsumerLag() {
        // a counter moves just after the commit or the send it counts, so it may trail the outcome a moment
        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_transfers_total{reason=\"none\",status=\"COMMITTED\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_transfers_total{reason=\"none\",status=\"ACCEPTED\"}"))
                    .isGreaterThanOrEqualTo(3);
            assertThat(metric(Stack.ORCHESTRATOR,
                    "tcc_transfers_total{reason=\"INSUFFICIENT_FUNDS\",status=\"ABORTED\"}")).isGreaterThanOrEqualTo(1);
            assertThat(metric(Stack.ORCHESTRATOR,
                    "tcc_transfer_phase_seconds_count{phase=\"try\",status=\"CONFIRMING\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(metric(Stack.ORCHESTRATOR,
                    "tcc_transfer_phase_seconds_count{phase=\"settle\",status=\"COMMITTED\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_transfer_duration_seconds_count{status=\"COMMITTED\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_transfers_in_flight{status=\"ACCEPTED\"}"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_transfers_stuck")).isZero();
            assertThat(metric(Stack.ORCHESTRATOR, "tcc_outbox_backlog")).isGreaterThanOrEqualTo(0);
            assertThat(metric(Stack.ORCHESTRATOR,
                    "tcc_dead_letters_total{cause=\"invalid\",topic=\"transfer.requests\"}")).isGreaterThanOrEqualTo(1);
            assertThat(metric("bank-a",
                    "tcc_bank_commands_total{outcome=\"SUCCEEDED\",phase=\"CONFIRM\",reason=\"none\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(metric("bank-a",
                    "tcc_bank_commands_total{outcome=\"FAILED\",phase=\"TRY\",reason=\"INSUFFICIENT_FUNDS\"}"))
                    .isEqualTo(1);
            assertThat(metric("bank-a", "tcc_bank_barrier_purged_total")).isZero();
        });

        // Micrometer looks for the clients' new metrics (a partition's lag, once fetched) every minute
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(scrape(Stack.ORCHESTRATOR)).containsPattern(consumerLag(REPLIES_A));
            assertThat(scrape("bank-b")).containsPattern(consumerLag("bank.bank-b.commands"));
        });
    }

    @Test
    void healthShowsKafkaAndTheDatabaseUp() {
        for (String service : SERVICES) {
            HttpResponse<String> response = get(service, "/actuator/health");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode components = JSON.readTree(response.body()).get("components");
            assertThat(components.get("kafka").get("status").asString()).isEqualTo("UP");
            assertThat(components.get("kafka").get("details").get("brokers").asInt()).isEqualTo(1);
            assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        }
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, String transferId, String source) {
        assertThat(header(record, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, EventHeaders.ID)).isNotBlank();
        assertThat(header(record, EventHeaders.SOURCE)).isEqualTo(source);
        assertThat(header(record, EventHeaders.TYPE)).isEqualTo(EventHeaders.typeOf(record.topic()));
        assertThat(Instant.parse(header(record, EventHeaders.TIME))).isBefore(Instant.now().plusSeconds(60));
        assertThat(header(record, EventHeaders.SUBJECT)).isEqualTo(transferId);
        assertThat(header(record, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(header(record, EventHeaders.TRACEPARENT)).matches(TRACEPARENT);
    }

    private static String sourceOf(ConsumerRecord<String, String> record) {
        return Topics.bankOfReplies(record.topic()).map(bank -> "/tcc/bank/" + bank).orElse("/tcc/orchestrator");
    }

    private static List<ConsumerRecord<String, String>> recordsOf(String transferId) {
        String field = "\"transferId\":\"" + transferId + "\"";
        return TRANSFER_TOPICS.stream().flatMap(topic -> topics.records(topic).stream())
                .filter(r -> r.value() != null && r.value().contains(field)).toList();
    }

    private static boolean isTerminalEvent(ConsumerRecord<String, String> record) {
        return record.topic().equals(Topics.TRANSFER_EVENTS)
                && record.value().matches(".*\"status\":\"(COMMITTED|ABORTED)\".*");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as(name + " of a record on " + record.topic()).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    // Kafka's client metrics write the topic with '_' for '.'
    private static Pattern consumerLag(String topic) {
        return Pattern.compile("kafka_consumer_fetch_manager_records_lag\\{[^}]*partition=\"\\d+\"[^}]*topic=\""
                + Pattern.quote(topic.replace('.', '_')) + "\"[^}]*} \\d");
    }

    private static double metric(String service, String series) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape(service));
        assertThat(value.find()).as(series + " in the scrape of " + service).isTrue();
        return Double.parseDouble(value.group(1));
    }

    private static String scrape(String service) {
        HttpResponse<String> response = get(service, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(String service, String path) {
        return client.get(service, path, Roles.OPERATOR);
    }

    private static TransferRequest transfer(String id, String amount) {
        return new TransferRequest(id, new AccountRef("bank-a", "mon-payer"), new AccountRef("bank-b", "mon-payee"),
                StackClient.money(amount));
    }
}
