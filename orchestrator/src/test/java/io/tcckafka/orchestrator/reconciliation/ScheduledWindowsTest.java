package io.tcckafka.orchestrator.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduledWindowsTest {

    private final ScheduledWindows windows = new ScheduledWindows(Duration.ofHours(1), Duration.ofDays(31));

    @ParameterizedTest(name = "last end {0}, settled before {1}: [{2}, {3})")
    @CsvSource(nullValues = "-", textBlock = """
            -,                    2026-12-01T10:00:00Z, 2026-12-01T09:00:00Z, 2026-12-01T10:00:00Z
            2026-12-01T09:00:00Z, 2026-12-01T10:00:07Z, 2026-12-01T09:00:00Z, 2026-12-01T10:00:07Z
            2026-12-01T10:00:00Z, 2026-12-01T10:00:00Z, -,                    -
            2026-12-01T10:00:05Z, 2026-12-01T10:00:00Z, -,                    -
            2026-10-01T00:00:00Z, 2026-12-02T00:00:00Z, 2026-11-01T00:00:00Z, 2026-12-02T00:00:00Z
            """)
    void eachWindowStartsWhereTheLastEndedAndEndsWhereNothingIsInFlight(Instant lastEnd, Instant settledBefore,
            Instant from, Instant to) {
        Optional<Window> next = windows.next(Optional.ofNullable(lastEnd), settledBefore);

        assertThat(next).isEqualTo(from == null ? Optional.empty() : Optional.of(new Window(from, to)));
    }
}
