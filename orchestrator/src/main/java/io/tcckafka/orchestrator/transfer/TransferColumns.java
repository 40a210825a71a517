package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
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
     * Followed by spaces up to the length the most advanced progress of these branches takes (JSON ignores them), so
     * that the column keeps one length over the transfer's life: with the row's other columns of fixed size (V11), a
     * step's update then rewrites the row where it is, instead of moving a longer row within its page and now and then
     * reorganizing the page, which wrote four to seven times the redo log (docs/benchmarks.md).
     */
    static String branches(List<TransferBranch> branches) {
        List<StoredBranch> stored = branches.stream().map(StoredBranch::of).toList();
        String json = EventJson.write(stored);
        int longest = EventJson.write(stored.stream().map(StoredBranch::longest).toList()).length();
        return json + " ".repeat(Math.max(0, longest - json.length()));
    }

    static List<TransferBranch> branches(String json) {
        return Arrays.stream(EventJson.read(json, StoredBranch[].class)).map(StoredBranch::toBranch).toList();
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

    record StoredBranch(Branch branch, String bank, String account, String amount, TryState tryState,
            Reason tryReason, String triedAt, Settlement settlement, String settledAt) {

        private static final TryState LONGEST_TRY_STATE = longest(TryState.values());
        private static final Reason LONGEST_REASON = longest(Reason.values());
        private static final Settlement LONGEST_SETTLEMENT = longest(Settlement.values());
        // the database's clock, truncated to milliseconds (DatabaseClock), never prints more
        private static final String LONGEST_TIME = "2026-12-07T06:24:54.671Z";

        static StoredBranch of(TransferBranch branch) {
            return new StoredBranch(branch.branch(), branch.account().bank(), branch.account().account(),
                    branch.amount().toPlainString(), branch.tryState(), branch.tryReason(), text(branch.triedAt()),
                    branch.settlement(), text(branch.settledAt()));
        }

        /** The same branch with each changing field at its longest: the widest the column ever holds for it. */
        StoredBranch longest() {
            return new StoredBranch(branch, bank, account, amount, LONGEST_TRY_STATE, LONGEST_REASON, LONGEST_TIME,
                    LONGEST_SETTLEMENT, LONGEST_TIME);
        }

        TransferBranch toBranch() {
            return new TransferBranch(branch, new AccountRef(bank, account), new BigDecimal(amount), tryState,
                    tryReason, instant(triedAt), settlement, instant(settledAt));
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
