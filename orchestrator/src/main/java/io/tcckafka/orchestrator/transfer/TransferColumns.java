package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TryState;

/**
 * A transfer's postings and branches as the {@code postings} and {@code branches} columns of its row keep them: JSON
 * arrays, in their order. In the row rather than in tables of their own, so that a transfer is one row written and
 * its progress one update of it per step, however many branches it has (issue 13: row writes are what a transfer
 * costs the database). Money is written as a string, as the contracts write it.
 * <p>
 * The {@code branches} column holds only each branch's progress, in the order of the plan: which accounts a transfer
 * touches, and by how much, follows from its postings ({@link TransferBranch#plan}) and is not written twice. Each
 * step rewrites the column, and what it rewrites is logged twice (undo and redo): a third fewer bytes than with the
 * plan in it. Rows written by earlier versions kept the plan in each entry too; those fields are ignored (the plan
 * they hold is the same).
 */
final class TransferColumns {

    private TransferColumns() {
    }

    static String postings(List<Posting> postings) {
        return EventJson.write(postings.stream().map(StoredPosting::of).toList());
    }

    static List<Posting> postings(String json) {
        return Arrays.stream(EventJson.read(json, StoredPosting[].class)).map(StoredPosting::toPosting).toList();
    }

    /**
     * Followed by spaces up to the length these entries take with every field at its longest (JSON ignores them), so
     * that the column keeps one length over the transfer's life: with the row's other columns of fixed size (V11), a
     * step's update then rewrites the row where it is, instead of moving a longer row within its page and now and then
     * reorganizing the page, which wrote four to seven times the redo log (docs/benchmarks.md).
     */
    static String branches(List<TransferBranch> branches) {
        List<Progress> progress = branches.stream().map(Progress::of).toList();
        String json = EventJson.write(progress);
        int longest = progress.isEmpty() ? json.length() : 2 + progress.size() * (Progress.LONGEST_LENGTH + 1) - 1;
        return json + " ".repeat(Math.max(0, longest - json.length()));
    }

    /** The branches of a transfer of these postings, as far as the column says they have come. */
    static List<TransferBranch> branches(List<Posting> postings, String json) {
        Progress[] progress = EventJson.read(json, Progress[].class);
        if (progress.length == 0) {
            return List.of(); // a rejected request: its postings were never planned
        }
        List<TransferBranch> plan = TransferBranch.plan(postings);
        if (plan.size() != progress.length) {
            throw new IllegalStateException("the branches column has " + progress.length + " entries where the "
                    + "postings plan " + plan.size() + " branches");
        }
        List<TransferBranch> branches = new ArrayList<>(plan.size());
        for (int i = 0; i < progress.length; i++) {
            branches.add(progress[i].applyTo(plan.get(i)));
        }
        return branches;
    }

    record StoredPosting(String fromBank, String fromAccount, String toBank, String toAccount, String amount) {

        static StoredPosting of(Posting posting) {
            return new StoredPosting(posting.from().bank(), posting.from().account(), posting.to().bank(),
                    posting.to().account(), posting.amount().toPlainString());
        }

        Posting toPosting() {
            return new Posting(new AccountRef(fromBank, fromAccount), new AccountRef(toBank, toAccount),
                    new BigDecimal(amount));
        }
    }

    /** How far one branch has come; the branch itself is the plan's entry at the same position. */
    record Progress(TryState tryState, Reason tryReason, String triedAt, Settlement settlement, String settledAt) {

        // the database's clock, truncated to milliseconds (DatabaseClock), never prints more
        private static final String LONGEST_TIME = "2026-12-07T06:24:54.671Z";
        /** Each field at its longest: the widest an entry of the column ever is. */
        static final Progress LONGEST = new Progress(longest(TryState.values()), longest(Reason.values()),
                LONGEST_TIME, longest(Settlement.values()), LONGEST_TIME);
        /** Its length in JSON; an array of n entries at their longest is {@code [}, n of them, n - 1 commas, {@code ]}. */
        static final int LONGEST_LENGTH = EventJson.write(LONGEST).length();

        static Progress of(TransferBranch branch) {
            return new Progress(branch.tryState(), branch.tryReason(), text(branch.triedAt()), branch.settlement(),
                    text(branch.settledAt()));
        }

        TransferBranch applyTo(TransferBranch planned) {
            return new TransferBranch(planned.branch(), planned.account(), planned.amount(), tryState, tryReason,
                    instant(triedAt), settlement, instant(settledAt));
        }

        private static <E extends Enum<E>> E longest(E[] values) {
            return Arrays.stream(values).max(Comparator.comparingInt(value -> value.name().length())).orElseThrow();
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }

        private static Instant instant(String text) {
            return text == null ? null : Instant.parse(text);
        }
    }
}
