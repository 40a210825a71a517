package io.tcckafka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.kafka.TraceParent;
import io.tcckafka.kafka.tracing.SpanIds;
import io.tcckafka.sandbox.OtlpReceiver.ReceivedSpan;
import io.tcckafka.testing.TopicProbe;

/**
 * Every service exports its spans over OTLP to a receiver in this test: one transfer shows as one trace, its trace id
 * the one its records carry, with the steps of the orchestrator and of both banks in it.
 */
class TracingIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String COMMITTED = "trace-commit-1";
    private static final String ABORTED = "trace-abort-1";
    private static final List<String> COMMITTED_STEPS = List.of(
            "orchestrator: transfer accepted ACCEPTED",
            "orchestrator: command sent TRY DEBIT bank-a",
            "orchestrator: command sent TRY CREDIT bank-b",
            "bank-a: command applied TRY DEBIT SUCCEEDED",
            "bank-b: command applied TRY CREDIT SUCCEEDED",
            "orchestrator: reply received TRY DEBIT SUCCEEDED bank-a",
            "orchestrator: reply received TRY CREDIT SUCCEEDED bank-b",
            "orchestrator: transfer decided CONFIRMING confirm",
            "orchestrator: command sent CONFIRM DEBIT bank-a",
            "orchestrator: command sent CONFIRM CREDIT bank-b",
            "bank-a: command applied CONFIRM DEBIT SUCCEEDED",
            "bank-b: command applied CONFIRM CREDIT SUCCEEDED",
            "orchestrator: reply received CONFIRM DEBIT SUCCEEDED bank-a",
            "orchestrator: reply received CONFIRM CREDIT SUCCEEDED bank-b",
            "orchestrator: transfer settled COMMITTED");

    private static OtlpReceiver receiver;

    @BeforeAll
    static void runTransfersWithTracing() {
        receiver = new OtlpReceiver();
        startStack("--management.opentelemetry.tracing.export.otlp.endpoint=" + receiver.endpoint(),
                "--management.opentelemetry.tracing.export.schedule-delay=200ms",
                // Boot's own spans of the HTTP requests (opening the accounts, reading outcomes) all sampled
                "--management.tracing.sampling.probability=1.0",
                // no Confirm resent early, so each step is one span
                "--tcc.orchestrator.retry-initial=1m");
        client.openAccount("bank-a", "trace-payer", "100.00");
        client.openAccount("bank-b", "trace-payee", "0.00");
        client.request(transfer(COMMITTED, "10.00"));
        client.request(transfer(ABORTED, "1000.00"));
        assertThat(awaitTerminal(COMMITTED, WITHIN).status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(awaitTerminal(ABORTED, WITHIN).status()).isEqualTo(TransferStatus.ABORTED);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void oneTransferIsOneTraceWithEveryStepOfTheOrchestratorAndBothBanks() {
        List<ReceivedSpan> trace = awaitSteps(COMMITTED, COMMITTED_STEPS);

        assertThat(trace).extracting(ReceivedSpan::service).containsOnly("orchestrator", "bank-a", "bank-b");
        assertThat(receiver.spans()).filteredOn(span -> COMMITTED.equals(span.attribute("tcc.transfer.id")))
                .extracting(ReceivedSpan::traceId).containsOnly(TraceParent.traceId(COMMITTED));
        assertThat(trace).filteredOn(span -> span.name().equals("command applied"))
                .extracting(span -> span.attribute("tcc.duplicate")).containsOnly("false");
    }

    @Test
    void theTraceIsOneTreeFromTheAcceptanceWhoseLinksAreTheRecordsTraceparents() {
        List<ReceivedSpan> trace = awaitSteps(COMMITTED, COMMITTED_STEPS);
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, span -> span));

        assertThat(trace).filteredOn(span -> span.parentSpanId().isEmpty()).extracting(ReceivedSpan::name,
                ReceivedSpan::spanId).containsExactly(tuple("transfer accepted", SpanIds.rootSpanId(COMMITTED)));
        assertThat(trace).filteredOn(span -> !span.parentSpanId().isEmpty())
                .allSatisfy(span -> assertThat(byId).containsKey(span.parentSpanId()));
        ReceivedSpan debitTry = only(trace, "bank-a: command applied TRY DEBIT SUCCEEDED");
        assertThat(step(byId.get(debitTry.parentSpanId()))).isEqualTo("orchestrator: command sent TRY DEBIT bank-a");
        assertThat(only(trace, "orchestrator: reply received TRY DEBIT SUCCEEDED bank-a").parentSpanId())
                .isEqualTo(debitTry.spanId());
    }

    @Test
    void theCommandRecordsNameTheSpansThatSentThem() {
        List<ReceivedSpan> trace = awaitSteps(COMMITTED, COMMITTED_STEPS);
        List<String> commandSpans = spanIdsOfRecords(Topics.bankCommands("bank-b"), COMMITTED, 2);

        assertThat(trace).filteredOn(span -> commandSpans.contains(span.spanId())).extracting(TracingIT::step)
                .containsExactlyInAnyOrder("orchestrator: command sent TRY CREDIT bank-b",
                        "orchestrator: command sent CONFIRM CREDIT bank-b");
    }

    @Test
    void aTransferThatCannotBeFundedShowsTheCancelDecisionAndItsReason() {
        awaitSteps(ABORTED, List.of(
                "orchestrator: transfer accepted ACCEPTED",
                "bank-a: command applied TRY DEBIT FAILED",
                "orchestrator: transfer decided CANCELLING cancel",
                "bank-b: command applied CANCEL CREDIT SUCCEEDED",
                "orchestrator: transfer settled ABORTED"));

        assertThat(spansOf(ABORTED)).filteredOn(span -> span.name().equals("transfer decided"))
                .extracting(span -> span.attribute("tcc.reason")).containsOnly("INSUFFICIENT_FUNDS");
    }

    @Test
    void theSpansBootMakesOfRequestsAreTracesOfTheirOwnAndNoScheduledJobIsTraced() {
        await().atMost(WITHIN).until(() -> receiver.spans().stream()
                .anyMatch(span -> span.kind().equals("SPAN_KIND_SERVER") && span.attribute("tcc.transfer.id") == null));
        List<String> transferTraces = List.of(TraceParent.traceId(COMMITTED), TraceParent.traceId(ABORTED));
        List<ReceivedSpan> others = receiver.spans().stream()
                .filter(span -> span.attribute("tcc.transfer.id") == null).toList();

        assertThat(others).extracting(ReceivedSpan::traceId).doesNotContainAnyElementsOf(transferTraces);
        assertThat(others).filteredOn(span -> span.parentSpanId().isEmpty())
                .extracting(span -> span.kind() + " " + span.name()).allMatch(root -> root.startsWith(
                        "SPAN_KIND_SERVER "));
    }

    /** The span ids the traceparent headers of a transfer's records on a topic name. */
    private static List<String> spanIdsOfRecords(String topic, String transferId, int count) {
        try (TopicProbe records = new TopicProbe(infrastructure.access().kafka(), List.of(topic))) {
            return records.awaitRecords(topic,
                    record -> record.value().contains("\"transferId\":\"" + transferId + "\""), count).stream()
                    .map(record -> traceparent(record).substring(36, 52)).toList();
        }
    }

    private static String traceparent(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(EventHeaders.TRACEPARENT).value(), StandardCharsets.UTF_8);
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, String step) {
        List<ReceivedSpan> found = trace.stream().filter(span -> step(span).equals(step)).toList();
        assertThat(found).as(step).hasSize(1);
        return found.get(0);
    }

    private static List<ReceivedSpan> awaitSteps(String transferId, List<String> expected) {
        return await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> spansOf(transferId),
                spans -> steps(spans).containsAll(expected));
    }

    private static List<ReceivedSpan> spansOf(String transferId) {
        String traceId = TraceParent.traceId(transferId);
        return receiver.spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** Each span as "service: name, then the attributes that tell its step", e.g. the phase and the bank. */
    private static Set<String> steps(List<ReceivedSpan> spans) {
        return spans.stream().map(TracingIT::step).collect(Collectors.toSet());
    }

    private static String step(ReceivedSpan span) {
        String details = List.of("tcc.phase", "tcc.branch", "tcc.outcome", "tcc.status", "tcc.decision").stream()
                .map(span::attribute).filter(value -> value != null).collect(Collectors.joining(" "));
        String bank = span.service().equals(Stack.ORCHESTRATOR) && span.attribute("tcc.bank") != null
                ? " " + span.attribute("tcc.bank") : "";
        return span.service() + ": " + span.name() + " " + details + bank;
    }

    private static TransferRequest transfer(String id, String amount) {
        return new TransferRequest(id, new AccountRef("bank-a", "trace-payer"), new AccountRef("bank-b", "trace-payee"),
                StackClient.money(amount));
    }
}
