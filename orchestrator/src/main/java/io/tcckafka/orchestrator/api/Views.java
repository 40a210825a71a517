package io.tcckafka.orchestrator.api;

import java.util.List;

import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.SettlingView;
import io.tcckafka.events.TransferView;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferBranch;

/** A transfer as the HTTP API shows it: whole, or as a stuck one's settling state. */
final class Views {

    private Views() {
    }

    static TransferView transfer(Transfer transfer) {
        List<Posting> postings = transfer.postings();
        Posting single = postings.size() == 1 ? postings.get(0) : null;
        return new TransferView(transfer.id(), transfer.status(), transfer.reason(), transfer.detail(),
                single == null ? null : single.from(), single == null ? null : single.to(),
                single == null ? null : single.amount(), postings, transfer.createdAt(), transfer.statusChangedAt(),
                transfer.tryDeadline(), transfer.decidedAt(), transfer.attempts(),
                transfer.branches().stream().map(branch -> branch(transfer.settlementPhase(), branch)).toList());
    }

    static SettlingView settling(Transfer transfer) {
        List<SettlingView.PendingBranch> pending = transfer.pendingBranches().stream()
                .map(b -> new SettlingView.PendingBranch(b.branch(), b.account().bank(), b.account().account()))
                .toList();
        return new SettlingView(transfer.id(), transfer.status(), transfer.reason(), transfer.settlementPhase(),
                transfer.attempts(), pending, transfer.statusChangedAt(), transfer.dueAt());
    }

    private static TransferView.BranchView branch(Phase decision, TransferBranch branch) {
        return new TransferView.BranchView(branch.branch(), branch.account().bank(), branch.account().account(),
                branch.amount(), branch.tryState(), branch.tryReason(), branch.triedAt(),
                decision == Phase.CONFIRM ? branch.settlement() : null,
                decision == Phase.CANCEL ? branch.settlement() : null, branch.settledAt());
    }
}
