package io.tcckafka.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Reason;

/**
 * What a bank implements to take part in transfers; the participant kit does everything else (docs/participants.md).
 * Each method runs inside the kit's local transaction, the one that also writes the command's barrier row, on the
 * service's {@code DataSource}: the money changes and the barrier row commit together, or neither does. The kit calls
 * each method at most once per branch and phase, and Confirm or Cancel only after a Try that succeeded, with that
 * Try's account and amount.
 * <p>
 * A Try either reserves the amount and returns empty, or changes nothing and says why: {@code ACCOUNT_NOT_FOUND},
 * {@code INSUFFICIENT_FUNDS} (debit), {@code BALANCE_LIMIT_EXCEEDED} (credit). Money a credit Try reserves is
 * incoming, never spendable, until its Confirm. Confirm and Cancel cannot fail for a business reason: the Try
 * reserved what they need. Anything they throw rolls the command back, and it is tried again.
 * <p>
 * The kit applies a batch of commands in one transaction, in this order: {@link #lock} once, with every account the
 * batch's commands name; the barrier's lock; the Try, Confirm and Cancel calls of the commands the barrier lets
 * through, in the commands' order; {@link #flush} once; then {@link #accounts} once, with the accounts the batch
 * changed. A ledger that checks and changes each account in one statement (a conditional {@code UPDATE}) needs
 * neither hook: they do nothing unless implemented. One that locks the batch's accounts up front can instead check
 * and change them in memory and write them all in {@code flush}: a constant number of statements per batch, however
 * many commands it has.
 * <p>
 * The kit journals every change ({@code account_journal}, docs/operations.md) in the same transaction, with the
 * account's money after it, which it reads with {@link #accounts} once per batch of commands. The bank opens an
 * account through {@code AccountJournal.open}, which writes its opening entry with it.
 */
public interface Ledger {

    /**
     * Called once at the start of a batch, before the kit locks the batch's barrier rows, with every account its
     * commands name (each once; some may not exist, some may not move money after all): where the ledger locks them,
     * if it does, e.g. with one {@code SELECT … FOR UPDATE} in id order. Every batch then takes its locks in one
     * order, accounts before barrier rows, so two batches never wait for each other in a cycle. Whatever the ledger
     * keeps about them belongs to this transaction alone and is dropped when it ends, rolled back or not. Does
     * nothing unless implemented.
     */
    default void lock(Collection<String> accounts) {
    }

    /**
     * True when {@link #lock} locks every account it is given that exists, until the transaction ends. Every command
     * of a branch names the branch's account, so two batches with commands of one branch then queue on that lock, and
     * the kit reads the barrier rows behind it without locking them too: one statement a batch less. (A branch whose
     * account does not exist moves no money; of two batches racing on it, the second fails on the barrier's unique
     * key and is tried again, as where a ledger locks nothing.) False unless implemented.
     */
    default boolean locksAccounts() {
        return false;
    }

    /**
     * Called once after a batch's Try, Confirm and Cancel calls, before {@link #accounts} and the commit: where a
     * ledger that changed accounts in memory writes them. Does nothing unless implemented.
     */
    default void flush() {
    }

    /** Freezes {@code order.amount()} of the account's available money (what a debit may spend). */
    Optional<Reason> tryDebit(BranchOrder order);

    /** Takes the frozen amount out of the account. */
    void confirmDebit(BranchOrder order);

    /** Unfreezes it. */
    void cancelDebit(BranchOrder order);

    /** Books the amount as incoming: not spendable until its Confirm. */
    Optional<Reason> tryCredit(BranchOrder order);

    /** Moves the incoming amount into the balance. */
    void confirmCredit(BranchOrder order);

    /** Drops it. */
    void cancelCredit(BranchOrder order);

    /**
     * These accounts' money as this transaction sees it (balance, money frozen by debit Tries, money incoming by
     * credit Tries); accounts that do not exist are left out. A ledger holding the batch's accounts in memory may
     * answer from there.
     */
    List<AccountView> accounts(Collection<String> accounts);
}
