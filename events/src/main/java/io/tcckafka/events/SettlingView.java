package io.tcckafka.events;

import java.time.Instant;
import java.util.List;

/**
 * A transfer that is confirming or cancelling, as an operator sees it: which branches still wait for their
 * {@code phase}, how often it was sent, since when the decision stands, and when the next re-send is due
 * ({@code GET /api/stuck-transfers}, {@code POST /api/transfers/{id}/retry}).
 */
public record SettlingView(
        String transferId,
        TransferStatus status,
        Reason reason,
        Phase phase,
        int attempts,
        List<PendingBranch> pending,
        Instant settlingSince,
        Instant nextRetryAt) {

    public record PendingBranch(Branch branch, String bank, String account) {
    }
}
