package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.EventHeaders;

class CloudEventHeadersTest {

    private static final Instant TIME = Instant.parse("2026-11-24T02:28:04.123456Z");
    // SHA-256("t-42") = e94d1f042934b63eb0c535b61125bfa2…, SHA-256("e-1") = b94f523196aaacd8…
    private static final String TRACE_OF_T42 = "e94d1f042934b63eb0c535b61125bfa2";

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("a status event from the orchestrator",
                        new CloudEvent("e-1", "/tcc/orchestrator", EventHeaders.typeOf("transfer.events"), TIME,
                                "t-42"),
                        headers("e-1", "/tcc/orchestrator", "io.tcckafka.transfer.status.v1", "t-42",
                                "00-" + TRACE_OF_T42 + "-b94f523196aaacd8-01")),
                Arguments.of("a command to a bank",
                        new CloudEvent("e-1", "/tcc/orchestrator", EventHeaders.typeOf("bank.bank-a.commands"), TIME,
                                "t-42"),
                        headers("e-1", "/tcc/orchestrator", "io.tcckafka.branch.command.v1", "t-42",
                                "00-" + TRACE_OF_T42 + "-b94f523196aaacd8-01")),
                Arguments.of("a bank's reply: same transfer, so the same trace id",
                        new CloudEvent("reply-1", "/tcc/bank/bank-a", EventHeaders.typeOf("bank.bank-a.replies"), TIME,
                                "t-42"),
                        headers("reply-1", "/tcc/bank/bank-a", "io.tcckafka.branch.reply.v1", "t-42",
                                "00-" + TRACE_OF_T42 + "-111fbcf81e7a450e-01")),
                Arguments.of("a dead-lettered request: its original topic's type",
                        new CloudEvent("transfer.requests/3/17", "/tcc/orchestrator",
                                EventHeaders.typeOf("transfer.requests.DLT"), TIME, "k-9"),
                        headers("transfer.requests/3/17", "/tcc/orchestrator", "io.tcckafka.transfer.request.v1", "k-9",
                                "00-fd39db8832fbb2b6befadd4f9046b971-a56f8a53268e10fd-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void writesTheCloudEventsBinaryModeHeadersAndATraceparent(String what, CloudEvent event,
            Map<String, String> expected) {
        assertThat(CloudEventHeaders.of(event)).containsExactlyEntriesOf(expected);
        assertThat(read(CloudEventHeaders.headers(event))).containsExactlyEntriesOf(expected);
    }

    @Test
    void withoutASubjectThereIsNoCeSubject() {
        var event = new CloudEvent("e-1", "/tcc/orchestrator", EventHeaders.REQUEST_TYPE, TIME, null);

        assertThat(CloudEventHeaders.of(event)).doesNotContainKey(EventHeaders.SUBJECT)
                .containsKey(EventHeaders.TRACEPARENT);
    }

    @Test
    void aDeadLetterCopyKeepsTheHeadersTheOriginalHadAndGetsTheMissingOnes() {
        Headers original = new RecordHeaders();
        original.add(EventHeaders.ID, bytes("original-id"));
        original.add(EventHeaders.TRACEPARENT, bytes("00-" + TRACE_OF_T42 + "-0000000000000001-01"));
        original.add("kafka_dlt-exception-message", bytes("why"));

        CloudEventHeaders.addMissing(original, new CloudEvent("bank.bank-a.commands/0/5", "/tcc/bank/bank-a",
                EventHeaders.COMMAND_TYPE, TIME, "2"));

        Map<String, String> copy = read(original);
        assertThat(copy).containsEntry(EventHeaders.ID, "original-id")
                .containsEntry(EventHeaders.TRACEPARENT, "00-" + TRACE_OF_T42 + "-0000000000000001-01")
                .containsEntry(EventHeaders.SOURCE, "/tcc/bank/bank-a")
                .containsEntry(EventHeaders.TYPE, EventHeaders.COMMAND_TYPE)
                .containsEntry("kafka_dlt-exception-message", "why");
        assertThat(original.headers(EventHeaders.ID)).hasSize(1);
    }

    @Test
    void aTraceparentIsReadBackOnlyWhenWellFormed() {
        assertThat(TraceParent.traceIdOf(TraceParent.of("t-42", "any"))).isEqualTo(TRACE_OF_T42);
        assertThat(TraceParent.traceId("t-42")).isEqualTo(TRACE_OF_T42);
        assertThat(TraceParent.traceIdOf("00-short-0000000000000001-01")).isNull();
        assertThat(TraceParent.traceIdOf(null)).isNull();
    }

    private static Map<String, String> headers(String id, String source, String type, String subject,
            String traceparent) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_time", "2026-11-24T02:28:04.123Z");
        headers.put("ce_subject", subject);
        headers.put("content-type", "application/json");
        headers.put("traceparent", traceparent);
        return headers;
    }

    private static Map<String, String> read(Headers headers) {
        Map<String, String> read = new LinkedHashMap<>();
        headers.forEach(h -> read.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return read;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
