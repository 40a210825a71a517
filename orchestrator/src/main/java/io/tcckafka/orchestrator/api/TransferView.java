package io.tcckafka.orchestrator.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.BranchState;
import io.tcckafka.orchestrator.transfer.Settlement;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TryState;

/** What GET /api/transfers/{id} answers: the status and each branch's phase states with their times. */
record TransferView(
        String transferId,
        TransferStatus status,
        Reason reason,
        AccountRef from,
        AccountRef to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Instant createdAt,
        Instant statusChangedAt,
        Instant tryDeadline,
        int attempts,
        List<BranchView> branches) {

    /** {@code confirm} and {@code cancel} are null until that phase is decided for the branch. */
    record BranchView(Branch branch, String bank, String account, TryState tryState, Reason tryReason,
            Instant triedAt, Settlement confirm, Settlement cancel, Instant settledAt) {
    }

    static TransferView of(Transfer transfer) {
        var branches = transfer.branches();
        return new TransferView(transfer.id(), transfer.status(), transfer.reason(),
                account(branches.get(Branch.DEBIT)), account(branches.get(Branch.CREDIT)), transfer.amount(),
                transfer.createdAt(), transfer.statusChangedAt(), transfer.tryDeadline(), transfer.attempts(),
                branches.entrySet().stream().map(e -> branch(transfer, e.getKey(), e.getValue())).toList());
    }

    private static AccountRef account(BranchState state) {
        return state == null ? null : new AccountRef(state.bank(), state.account());
    }

    private static BranchView branch(Transfer transfer, Branch branch, BranchState state) {
        boolean confirming = transfer.status() == TransferStatus.CONFIRMING
                || transfer.status() == TransferStatus.COMMITTED;
        boolean cancelling = transfer.status() == TransferStatus.CANCELLING
                || transfer.status() == TransferStatus.ABORTED;
        return new BranchView(branch, state.bank(), state.account(), state.tryState(), state.tryReason(),
                state.triedAt(), confirming ? state.settlement() : null, cancelling ? state.settlement() : null,
                state.settledAt());
    }
}
