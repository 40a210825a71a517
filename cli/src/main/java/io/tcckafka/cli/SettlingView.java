package io.tcckafka.cli;

import java.time.Instant;
import java.util.List;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/** One stuck transfer as {@code GET /api/stuck-transfers} lists it: which branches still wait for their phase. */
public record SettlingView(
        String transferId,
        TransferStatus status,
        Reason reason,
        Phase phase,
        int attempts,
        List<PendingBranch> pending,
        Instant settlingSince,
        Instant nextRetryAt) {

    public SettlingView {
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    public record PendingBranch(Branch branch, String bank, String account) {
    }
}
