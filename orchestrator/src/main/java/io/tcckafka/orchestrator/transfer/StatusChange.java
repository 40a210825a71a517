package io.tcckafka.orchestrator.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/**
 * A transfer's status changed: published by {@link TransferService} inside the step's transaction, heard after it
 * commits. Every time is the database's, as the transfer stores it.
 *
 * @param transferId whose status changed
 * @param from  the status before; null for a new transfer
 * @param since when the transfer reached {@code from}
 */
public record StatusChange(String transferId, TransferStatus from, Instant since, TransferStatus to, Reason reason,
        Instant at, Instant createdAt) {

    static StatusChange started(Transfer transfer) {
        return new StatusChange(transfer.id(), null, transfer.createdAt(), transfer.status(), transfer.reason(),
                transfer.statusChangedAt(), transfer.createdAt());
    }

    static StatusChange after(TransferStatus from, Instant since, Transfer transfer) {
        return new StatusChange(transfer.id(), from, since, transfer.status(), transfer.reason(),
                transfer.statusChangedAt(), transfer.createdAt());
    }

    /** Accepted until decided: how long the Try phase took. */
    public Optional<Duration> tryPhase() {
        return from == TransferStatus.ACCEPTED ? Optional.of(Duration.between(since, at)) : Optional.empty();
    }

    /** Decided until finished: how long the Confirms or Cancels took to be acknowledged. */
    public Optional<Duration> settlePhase() {
        return from != null && TransferLifecycle.SETTLING.contains(from) ? Optional.of(Duration.between(since, at))
                : Optional.empty();
    }

    /** Accepted until finished; a rejected request never ran, so has none. */
    public Optional<Duration> endToEnd() {
        return from != null && to.isTerminal() ? Optional.of(Duration.between(createdAt, at)) : Optional.empty();
    }
}
