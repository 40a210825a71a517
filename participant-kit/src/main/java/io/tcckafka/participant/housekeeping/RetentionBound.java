package io.tcckafka.participant.housekeeping;

import java.time.Duration;
import java.util.Optional;

/**
 * The safety bound of the barrier purge: a branch's rows may go only once no duplicate of its commands can still
 * be read from the command topic. Otherwise a redelivered Try would find no rows, reserve the money again, and
 * nothing would ever release it.
 */
final class RetentionBound {

    static final String BARRIER_RETENTION = "tcc.bank.barrier-retention";

    private RetentionBound() {
    }

    /**
     * Why purging with this barrier retention is unsafe, or empty when it is safe.
     *
     * @param commandLifetime how long a command record can live on the topic; empty when unbounded
     * @param source          where that lifetime comes from, for the message
     */
    static Optional<String> violation(Duration barrierRetention, Optional<Duration> commandLifetime, String source) {
        if (commandLifetime.isPresent() && barrierRetention.compareTo(commandLifetime.get()) > 0) {
            return Optional.empty();
        }
        String lifetime = commandLifetime.map(Duration::toString).orElse("unbounded");
        return Optional.of(BARRIER_RETENTION + " (" + barrierRetention + ") must be longer than a command can live on "
                + source + " (retention + segment span: " + lifetime + "), or a duplicate Try read after the purge "
                + "would freeze money for good. Raise " + BARRIER_RETENTION + ", or lower the topic's retention.ms and "
                + "segment.ms (tcc-provision kafka --command-retention, --command-segment), or set "
                + "tcc.bank.purge-enabled=false.");
    }
}
