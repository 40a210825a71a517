package io.tcckafka.cli;

import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TransferView;

/** A transfer for a person: its outcome in one line, or whole with its postings and branches ({@code tcc show}). */
public final class TransferText {

    private TransferText() {
    }

    /** {@code t-1  ABORTED (INSUFFICIENT_FUNDS)}; a rejected request's detail after a colon. */
    public static String outcome(String transferId, TransferStatus status, Reason reason, String detail) {
        StringBuilder line = new StringBuilder(transferId).append("  ").append(status);
        if (reason != null) {
            line.append(" (").append(reason).append(')');
        }
        if (detail != null && !detail.isBlank()) {
            line.append(": ").append(detail);
        }
        return line.toString();
    }

    public static String outcome(TransferView transfer) {
        return outcome(transfer.transferId(), transfer.status(), transfer.reason(), transfer.detail());
    }

    public static List<String> whole(TransferView transfer) {
        List<String> lines = new ArrayList<>();
        lines.add("Transfer " + outcome(transfer));
        lines.add("  created " + transfer.createdAt() + "  status since " + transfer.statusChangedAt()
                + (transfer.decidedAt() == null ? "" : "  decided " + transfer.decidedAt())
                + "  attempts " + transfer.attempts());
        lines.add("Postings:");
        Table postings = new Table("from", "to", "amount").rightAligned("amount");
        for (Posting posting : transfer.postings()) {
            postings.row(account(posting.from()), account(posting.to()), posting.amount());
        }
        postings.lines().forEach(line -> lines.add("  " + line));
        lines.add("Branches:");
        Table branches = new Table("branch", "account", "amount", "try", "confirm", "cancel", "settled")
                .rightAligned("amount");
        for (TransferView.BranchView branch : transfer.branches()) {
            branches.row(branch.branch(), branch.bank() + "/" + branch.account(), branch.amount(),
                    branch.tryState() + (branch.tryReason() == null ? "" : " (" + branch.tryReason() + ")"),
                    branch.confirm(), branch.cancel(), branch.settledAt());
        }
        branches.lines().forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static String account(AccountRef account) {
        return account == null ? "?" : AccountArgument.format(account);
    }
}
