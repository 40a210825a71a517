package io.tcckafka.orchestrator.retention;

import java.time.Duration;
import java.time.Instant;

import io.tcckafka.events.TransferStatus;
import io.tcckafka.kafka.RetentionBound;

/**
 * Which transfers may leave the hot table, and how long they must stay. A transfer row is the idempotency record of
 * its request: while a copy of the request can still be read from {@code transfer.requests}, the row must be there
 * to answer it, or the copy would start the transfer again and move the money twice.
 */
final class RetentionRules {

    static final String WINDOW = "tcc.orchestrator.retention.window";

    private RetentionRules() {
    }

    /** Transfers that finished before this instant may go. */
    static Instant cutoff(Instant now, Duration window) {
        return now.minus(window);
    }

    /**
     * Finished (a terminal status and nothing due any more) before the cutoff. A transfer still settling is never
     * due, however old.
     */
    static boolean isDue(TransferStatus status, Instant dueAt, Instant statusChangedAt, Instant cutoff) {
        return status.isTerminal() && dueAt == null && statusChangedAt.isBefore(cutoff);
    }

    static RetentionBound bound(Duration window) {
        return new RetentionBound(WINDOW, window,
                "a copy of a request read after its transfer was purged would start that transfer again and move the "
                        + "money twice",
                "Raise " + WINDOW + ", or lower the retention.ms and segment.ms of transfer.requests "
                        + "(kafka-configs.sh --alter --entity-type topics --entity-name transfer.requests), or set "
                        + "tcc.orchestrator.retention.enabled=false.");
    }
}
