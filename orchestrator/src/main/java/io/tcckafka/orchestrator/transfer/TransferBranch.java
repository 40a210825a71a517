package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Money;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TryState;

/**
 * One account's side of a transfer: all that the transfer takes from it (a debit) or adds to it (a credit), and how
 * far its Try and its settlement have come. Immutable: each step gives a new one.
 */
public record TransferBranch(Branch branch, AccountRef account, BigDecimal amount, TryState tryState,
        Reason tryReason, Instant triedAt, Settlement settlement, Instant settledAt) {

    /**
     * The branches of these postings: one per account and direction, in the order the postings first name them,
     * debits first. Two postings from one account make one debit of their sum, so the bank checks the account's
     * funds for all that the transfer takes from it at once; money coming in is a credit branch of its own and never
     * pays for a debit. Amounts are sent as the contract writes them, with two decimals ({@code 1e2} is 100.00).
     * <p>
     * This order is also how a stored transfer's progress finds its branches ({@link TransferColumns}): change it,
     * and the progress of transfers in flight would be read against the wrong branches.
     */
    public static List<TransferBranch> plan(List<Posting> postings) {
        Map<AccountRef, BigDecimal> debits = new LinkedHashMap<>();
        Map<AccountRef, BigDecimal> credits = new LinkedHashMap<>();
        for (Posting posting : postings) {
            debits.merge(posting.from(), Money.exact(posting.amount()), BigDecimal::add);
            credits.merge(posting.to(), Money.exact(posting.amount()), BigDecimal::add);
        }
        List<TransferBranch> branches = new ArrayList<>(debits.size() + credits.size());
        debits.forEach((account, amount) -> branches.add(planned(Branch.DEBIT, account, amount)));
        credits.forEach((account, amount) -> branches.add(planned(Branch.CREDIT, account, amount)));
        return branches;
    }

    private static TransferBranch planned(Branch branch, AccountRef account, BigDecimal amount) {
        return new TransferBranch(branch, account, amount, TryState.PENDING, null, null, Settlement.NONE, null);
    }

    public boolean answers(Branch branch, String bank, String account) {
        return this.branch == branch && this.account.bank().equals(bank) && this.account.account().equals(account);
    }

    /** The first answer to the Try. */
    TransferBranch tried(Outcome outcome, Reason reason, Instant now) {
        TryState state = outcome == Outcome.SUCCEEDED ? TryState.SUCCEEDED : TryState.FAILED;
        return new TransferBranch(branch, account, amount, state, reason, now, settlement, settledAt);
    }

    /**
     * Confirm or Cancel goes to every branch, also to one whose Try failed or never answered: a Cancel costs the bank
     * nothing then, and it makes a late Try harmless (the barrier refuses a Try after its Cancel).
     */
    TransferBranch settling() {
        return new TransferBranch(branch, account, amount, tryState, tryReason, triedAt, Settlement.PENDING, null);
    }

    /** The acknowledgement of Confirm or Cancel. */
    TransferBranch settled(Instant now) {
        return new TransferBranch(branch, account, amount, tryState, tryReason, triedAt, Settlement.DONE, now);
    }

    BranchCommand command(String transferId, Phase phase) {
        return new BranchCommand(transferId, branch, phase, account.bank(), account.account(), amount);
    }

    /** {@code bank/account}, as the dashboard and the logs name it. */
    public String accountName() {
        return account.bank() + "/" + account.account();
    }
}
