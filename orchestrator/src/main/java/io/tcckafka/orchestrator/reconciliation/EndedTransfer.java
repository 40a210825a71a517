package io.tcckafka.orchestrator.reconciliation;

import java.math.BigDecimal;
import java.util.List;

import io.tcckafka.events.Branch;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Transfer;

/** What a reconciliation needs of a transfer that ended: how it ended, and what each of its branches should show. */
public record EndedTransfer(String id, TransferStatus status, List<ExpectedBranch> branches) {

    public EndedTransfer {
        if (!status.isTerminal()) {
            throw new IllegalArgumentException("transfer " + id + " has not ended: " + status);
        }
        branches = List.copyOf(branches);
    }

    public static EndedTransfer of(Transfer transfer) {
        return new EndedTransfer(transfer.id(), transfer.status(), transfer.branches().stream()
                .map(branch -> new ExpectedBranch(branch.account().bank(), branch.account().account(),
                        branch.branch(), branch.amount()))
                .toList());
    }

    /** One account's side of the transfer, where its entries must be. */
    public record ExpectedBranch(String bank, String account, Branch branch, BigDecimal amount) {
    }
}
