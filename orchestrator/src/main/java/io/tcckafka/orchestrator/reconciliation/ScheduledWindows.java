package io.tcckafka.orchestrator.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The scheduled runs' windows: each from where the last one ended (the first: {@code interval} before its end), up
 * to the latest end whose transfers can no longer be in flight; never longer than {@code longest}; none while that end
 * has not moved.
 */
record ScheduledWindows(Duration interval, Duration longest) {

    Optional<Window> next(Optional<Instant> lastEnd, Instant settledBefore) {
        Instant start = lastEnd.orElse(settledBefore.minus(interval));
        Instant earliest = settledBefore.minus(longest);
        if (start.isBefore(earliest)) {
            start = earliest;
        }
        return start.isBefore(settledBefore) ? Optional.of(new Window(start, settledBefore)) : Optional.empty();
    }
}
