package io.tcckafka.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/**
 * The orchestrator's {@code GET /api/transfers/{id}} answer, as far as the client shows it (docs/contract.md).
 * A branch's {@code confirm} or {@code cancel} (NONE, PENDING, DONE, NOT_NEEDED) is absent until that phase is decided.
 */
public record TransferView(
        String transferId,
        TransferStatus status,
        Reason reason,
        String detail,
        List<Posting> postings,
        Instant createdAt,
        Instant statusChangedAt,
        Instant decidedAt,
        int attempts,
        List<BranchView> branches) {

    public TransferView {
        postings = postings == null ? List.of() : List.copyOf(postings);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    public record BranchView(Branch branch, String bank, String account, BigDecimal amount, String tryState,
            Reason tryReason, Instant triedAt, String confirm, String cancel, Instant settledAt) {
    }
}
