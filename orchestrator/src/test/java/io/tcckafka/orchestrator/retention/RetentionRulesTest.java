package io.tcckafka.orchestrator.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.TransferStatus;

class RetentionRulesTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-01T00:00:00Z");

    @ParameterizedTest(name = "{0}, due at {1}, changed {2} -> due {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # status  | due_at               | status_changed_at         | due
            COMMITTED,  -,                     2026-10-31T23:59:59.999Z,   true
            ABORTED,    -,                     2026-01-01T00:00:00Z,       true
            REJECTED,   -,                     2026-10-01T00:00:00Z,       true
            COMMITTED,  -,                     2026-11-01T00:00:00Z,       false
            COMMITTED,  -,                     2026-11-02T00:00:00Z,       false
            ACCEPTED,   2026-01-01T00:00:10Z,  2026-01-01T00:00:00Z,       false
            CONFIRMING, 2026-01-01T00:05:00Z,  2026-01-01T00:00:00Z,       false
            CANCELLING, 2026-01-01T00:05:00Z,  2026-01-01T00:00:00Z,       false
            CONFIRMING, -,                     2026-01-01T00:00:00Z,       false
            COMMITTED,  2026-01-01T00:05:00Z,  2026-01-01T00:00:00Z,       false
            """)
    void onlyTransfersFinishedBeforeTheCutoffAreDue(TransferStatus status, Instant dueAt, Instant statusChangedAt,
            boolean due) {
        assertThat(RetentionRules.isDue(status, dueAt, statusChangedAt, CUTOFF)).isEqualTo(due);
    }

    @Test
    void theCutoffIsTheWindowBeforeNow() {
        assertThat(RetentionRules.cutoff(Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(30))).isEqualTo(CUTOFF);
    }

    @ParameterizedTest(name = "window {0}, request lifetime {1} -> safe {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # window | request record lifetime | safe
            P30D,      P14D,                     true
            P14D,      P14D,                     false
            P7D,       P14D,                     false
            P30D,      -,                        false
            PT5S,      PT3S,                     true
            """)
    void theWindowMustOutliveEveryRequestRecord(Duration window, Duration lifetime, boolean safe) {
        Optional<String> violation = RetentionRules.bound(window).violation(Optional.ofNullable(lifetime),
                "topic transfer.requests");
        assertThat(violation.isEmpty()).isEqualTo(safe);
        violation.ifPresent(message -> assertThat(message).contains("tcc.orchestrator.retention.window (" + window,
                "transfer.requests", "move the money twice", "tcc.orchestrator.retention.enabled=false"));
    }
}
