package io.tcckafka.bank.account;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Reason;

/**
 * The money side of a branch. A debit freezes, then takes the frozen money or releases it; a credit books the
 * amount as incoming, then moves it into the balance or drops it. Callers provide the transaction.
 */
@Component
public class AccountLedger {

    private final AccountRepository accounts;

    public AccountLedger(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Try: reserves the amount, or says why it could not (nothing changed then). */
    public Optional<Reason> reserve(Branch branch, String account, BigDecimal amount) {
        int changed = branch == Branch.DEBIT ? accounts.freeze(account, amount) : accounts.addIncoming(account, amount);
        if (changed == 1) {
            return Optional.empty();
        }
        boolean shortOfMoney = branch == Branch.DEBIT && accounts.existsById(account);
        return Optional.of(shortOfMoney ? Reason.INSUFFICIENT_FUNDS : Reason.ACCOUNT_NOT_FOUND);
    }

    /** Confirm: makes a reserved amount real. */
    public void settle(Branch branch, String account, BigDecimal amount) {
        int changed = branch == Branch.DEBIT ? accounts.debitFrozen(account, amount)
                : accounts.creditIncoming(account, amount);
        requireReserved(changed, "settle", branch, account, amount);
    }

    /** Cancel: gives a reserved amount back. */
    public void release(Branch branch, String account, BigDecimal amount) {
        int changed = branch == Branch.DEBIT ? accounts.unfreeze(account, amount) : accounts.dropIncoming(account, amount);
        requireReserved(changed, "release", branch, account, amount);
    }

    // A succeeded Try left the amount reserved; finding less means the data was changed behind the barrier.
    private static void requireReserved(int changed, String action, Branch branch, String account, BigDecimal amount) {
        if (changed != 1) {
            throw new IllegalStateException("cannot %s %s %s on account %s: the reserved amount is not there"
                    .formatted(action, branch, amount, account));
        }
    }
}
