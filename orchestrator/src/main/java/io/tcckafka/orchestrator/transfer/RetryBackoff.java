package io.tcckafka.orchestrator.transfer;

import java.time.Duration;

/** Capped exponential backoff between re-sends of Confirm or Cancel: initial, 2×, 4×, … up to max, forever. */
public record RetryBackoff(Duration initial, Duration max) {

    public Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
