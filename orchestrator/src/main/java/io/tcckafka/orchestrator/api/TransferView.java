package io.tcckafka.orchestrator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Settlement;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferBranch;
import io.tcckafka.orchestrator.transfer.TryState;

/**
 * What GET /api/transfers/{id} answers: the status, the postings asked for, and each branch's phases with their
 * times. {@code from}, {@code to} and {@code amount} repeat a transfer of one posting in the single form, and are
 * left out for more; {@code detail} says what is wrong with a rejected request.
 */
record TransferView(
        String transferId,
        TransferStatus status,
        Reason reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) AccountRef from,
        @JsonInclude(JsonInclude.Include.NON_NULL) AccountRef to,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<Posting> postings,
        Instant createdAt,
        Instant statusChangedAt,
        Instant tryDeadline,
        Instant decidedAt,
        int attempts,
        List<BranchView> branches) {

    /** {@code confirm} and {@code cancel} are null until that phase is decided for the branch. */
    record BranchView(Branch branch, String bank, String account,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, TryState tryState, Reason tryReason,
            Instant triedAt, Settlement confirm, Settlement cancel, Instant settledAt) {
    }

    static TransferView of(Transfer transfer) {
        List<Posting> postings = transfer.postings();
        Posting single = postings.size() == 1 ? postings.get(0) : null;
        return new TransferView(transfer.id(), transfer.status(), transfer.reason(), transfer.detail(),
                single == null ? null : single.from(), single == null ? null : single.to(),
                single == null ? null : single.amount(), postings, transfer.createdAt(), transfer.statusChangedAt(),
                transfer.tryDeadline(), transfer.decidedAt(), transfer.attempts(),
                transfer.branches().stream().map(branch -> branch(transfer.settlementPhase(), branch)).toList());
    }

    private static BranchView branch(Phase decision, TransferBranch branch) {
        return new BranchView(branch.branch(), branch.account().bank(), branch.account().account(), branch.amount(),
                branch.tryState(), branch.tryReason(), branch.triedAt(),
                decision == Phase.CONFIRM ? branch.settlement() : null,
                decision == Phase.CANCEL ? branch.settlement() : null, branch.settledAt());
    }
}
