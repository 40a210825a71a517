package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class BoundedDeadLetterRecovererTest {

    @Test
    void exceptionHeadersAreCutAndOtherHeadersKept() {
        var headers = new RecordHeaders();
        byte[] huge = "x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
        headers.add("kafka_dlt-exception-message", huge);
        headers.add("kafka_dlt-exception-stacktrace", "short".getBytes(StandardCharsets.UTF_8));
        headers.add("client-header", huge);

        BoundedDeadLetterRecoverer.bounded(headers);

        assertThat(headers.lastHeader("kafka_dlt-exception-message").value().length)
                .isLessThan(BoundedDeadLetterRecoverer.MAX_EXCEPTION_HEADER_CHARS + 100);
        assertThat(headers.lastHeader("kafka_dlt-exception-stacktrace").value()).asString().isEqualTo("short");
        assertThat(headers.lastHeader("client-header").value()).hasSize(huge.length);
    }

    @Test
    void theCauseTagSaysWhyTheRecordWasDeadLettered() {
        var listenerFailure = new RuntimeException("listener failed", new MismatchedMessageException("not its Try"));

        assertThat(BoundedDeadLetterRecoverer.causeOf(listenerFailure)).isEqualTo("mismatch");
        assertThat(BoundedDeadLetterRecoverer.causeOf(new InvalidMessageException("bad"))).isEqualTo("invalid");
        assertThat(BoundedDeadLetterRecoverer.causeOf(new IllegalStateException("bug"))).isEqualTo("failed");
    }
}
