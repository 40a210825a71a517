package io.tcckafka.orchestrator.reconciliation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {

    @ParameterizedTest(name = "[{0}, {1}) at most 31 days: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-12-01T00:00:00Z, 2026-12-02T00:00:00Z, -
            2026-12-01T00:00:00Z, 2026-12-01T00:00:00.001Z, -
            2026-11-01T00:00:00Z, 2026-12-02T00:00:00Z, -
            2026-12-01T00:00:00Z, 2026-12-01T00:00:00Z, must be before
            2026-12-02T00:00:00Z, 2026-12-01T00:00:00Z, must be before
            2026-10-31T23:59:59Z, 2026-12-02T00:00:00Z, at most 31 days
            """)
    void aWindowRunsForwardAndIsNotTooLong(Instant from, Instant to, String problem) {
        if (problem == null) {
            assertThatCode(() -> Window.of(from, to, Duration.ofDays(31))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> Window.of(from, to, Duration.ofDays(31)))
                    .isInstanceOf(InvalidWindowException.class).hasMessageContaining(problem);
        }
    }
}
