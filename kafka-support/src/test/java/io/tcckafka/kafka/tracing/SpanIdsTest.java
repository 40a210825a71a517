package io.tcckafka.kafka.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpanIdsTest {

    // SHA-256("t-42") = e94d1f042934b63eb0c535b61125bfa2…: the trace id, and the root's span id its first 8 bytes
    private static final String TRACE = "e94d1f042934b63eb0c535b61125bfa2";
    private static final String ROOT = "e94d1f042934b63e";

    static Stream<Arguments> traceparents() {
        return Stream.of(
                Arguments.of("a record of the transfer: its span", "00-" + TRACE + "-7a1c5d0e93b2f416-01",
                        "7a1c5d0e93b2f416"),
                Arguments.of("written in capitals", "00-" + TRACE.toUpperCase() + "-7A1C5D0E93B2F416-01",
                        "7a1c5d0e93b2f416"),
                Arguments.of("a record without one: the root", null, ROOT),
                Arguments.of("another trace (a client's own): the root", "00-0af7651916cd43dd8448eb211c80319c-"
                        + "b7ad6b7169203331-01", ROOT),
                Arguments.of("not a traceparent: the root", "garbage", ROOT),
                Arguments.of("an all-zero span id, which W3C forbids: the root", "00-" + TRACE
                        + "-0000000000000000-01", ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traceparents")
    void aStepsParentIsTheRecordsSpanWhenItIsInTheTransfersTraceAndTheRootOtherwise(String why, String traceparent,
            String spanId) {
        assertThat(SpanIds.of("t-42", traceparent)).isEqualTo(new SpanIds(TRACE, spanId));
    }

    @Test
    void theRootsIdsAreDerivedFromTheTransferIdAlone() {
        assertThat(SpanIds.root("t-42")).isEqualTo(new SpanIds(TRACE, ROOT));
        assertThat(SpanIds.rootSpanId("t-43")).isNotEqualTo(ROOT);
    }
}
