package io.tcckafka.orchestrator.api;

import java.time.Instant;
import java.util.List;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Transfer;

/**
 * A transfer that is confirming or cancelling, as an operator sees it: which branches still wait for their
 * {@code phase}, how often it was sent, since when the decision stands, and when the next re-send is due.
 */
record SettlingView(
        String transferId,
        TransferStatus status,
        Reason reason,
        Phase phase,
        int attempts,
        List<PendingBranch> pending,
        Instant settlingSince,
        Instant nextRetryAt) {

    record PendingBranch(Branch branch, String bank, String account) {
    }

    static SettlingView of(Transfer transfer) {
        List<PendingBranch> pending = transfer.pendingBranches().stream()
                .map(b -> new PendingBranch(b.branch(), b.account().bank(), b.account().account()))
                .toList();
        return new SettlingView(transfer.id(), transfer.status(), transfer.reason(), transfer.settlementPhase(),
                transfer.attempts(), pending, transfer.statusChangedAt(), transfer.dueAt());
    }
}
