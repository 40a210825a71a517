package io.tcckafka.cli;

import java.time.Duration;

/** The pauses between polls: from {@code first}, doubling, never more than {@code most}. */
public record Backoff(Duration first, Duration most) {

    public static final Backoff POLLING = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(1));

    /** The pause before poll number {@code attempt} (0 for the first pause). */
    public Duration pause(int attempt) {
        Duration pause = first;
        for (int i = 0; i < attempt && pause.compareTo(most) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(most) > 0 ? most : pause;
    }
}
