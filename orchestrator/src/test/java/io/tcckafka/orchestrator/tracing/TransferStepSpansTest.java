package io.tcckafka.orchestrator.tracing;

import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.ACCEPTED;
import static io.tcckafka.events.TransferStatus.CANCELLING;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static io.tcckafka.events.TransferStatus.CONFIRMING;
import static io.tcckafka.events.TransferStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.StatusChange;

class TransferStepSpansTest {

    private static final Instant AT = Instant.parse("2026-11-24T02:28:04Z");

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(null, ACCEPTED, "transfer accepted"),
                Arguments.of(null, REJECTED, "transfer rejected"),
                Arguments.of(ACCEPTED, CONFIRMING, "transfer decided"),
                Arguments.of(ACCEPTED, CANCELLING, "transfer decided"),
                Arguments.of(CONFIRMING, COMMITTED, "transfer settled"),
                Arguments.of(CANCELLING, ABORTED, "transfer settled"),
                Arguments.of(ACCEPTED, ABORTED, "transfer settled"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("changes")
    void eachStatusChangeIsTheSpanOfItsStep(TransferStatus from, TransferStatus to, String span) {
        assertThat(TransferStepSpans.name(new StatusChange("t-1", from, AT, to, null, AT, AT))).isEqualTo(span);
    }
}
