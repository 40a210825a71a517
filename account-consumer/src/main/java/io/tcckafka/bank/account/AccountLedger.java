package io.tcckafka.bank.account;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Money;
import io.tcckafka.events.Reason;

/**
 * The money side of a branch. A debit freezes, then takes the frozen money or releases it; a credit books the
 * amount as incoming, then moves it into the balance or drops it. Callers provide the transaction.
 * <p>
 * Each change is one conditional UPDATE that checks and changes in the same statement (no read, then write); 0 rows
 * changed means the account is missing or the guard did not hold. Plain JDBC: these run once per command.
 */
@Repository
public class AccountLedger {

    private static final String FREEZE = """
            UPDATE account SET frozen = frozen + ? WHERE id = ? AND balance - frozen >= ?""";
    private static final String UNFREEZE = """
            UPDATE account SET frozen = frozen - ? WHERE id = ? AND frozen >= ?""";
    private static final String DEBIT_FROZEN = """
            UPDATE account SET balance = balance - ?, frozen = frozen - ? WHERE id = ? AND frozen >= ?""";
    // what is incoming must be confirmable: the balance after every pending credit still fits DECIMAL(19, 2)
    private static final String ADD_INCOMING = """
            UPDATE account SET incoming = incoming + ? WHERE id = ? AND balance + incoming + ? <= ?""";
    private static final String DROP_INCOMING = """
            UPDATE account SET incoming = incoming - ? WHERE id = ? AND incoming >= ?""";
    private static final String CREDIT_INCOMING = """
            UPDATE account SET balance = balance + ?, incoming = incoming - ? WHERE id = ? AND incoming >= ?""";

    private final JdbcTemplate jdbc;

    public AccountLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Try: reserves the amount, or says why it could not (nothing changed then): a debit needs the amount available,
     * a credit must leave the balance confirmable, at most {@link Money#MAX} once every pending credit is applied.
     */
    public Optional<Reason> reserve(Branch branch, String account, BigDecimal amount) {
        int changed = branch == Branch.DEBIT ? jdbc.update(FREEZE, amount, account, amount)
                : jdbc.update(ADD_INCOMING, amount, account, amount, Money.MAX);
        if (changed == 1) {
            return Optional.empty();
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE id = ?", Integer.class, account) == 0) {
            return Optional.of(Reason.ACCOUNT_NOT_FOUND);
        }
        return Optional.of(branch == Branch.DEBIT ? Reason.INSUFFICIENT_FUNDS : Reason.BALANCE_LIMIT_EXCEEDED);
    }

    /** Confirm: makes a reserved amount real. */
    public void settle(Branch branch, String account, BigDecimal amount) {
        int changed = branch == Branch.DEBIT ? jdbc.update(DEBIT_FROZEN, amount, amount, account, amount)
                : jdbc.update(CREDIT_INCOMING, amount, amount, account, amount);
        requireReserved(changed, "settle", branch, account, amount);
    }

    /** Cancel: gives a reserved amount back. */
    public void release(Branch branch, String account, BigDecimal amount) {
        int changed = jdbc.update(branch == Branch.DEBIT ? UNFREEZE : DROP_INCOMING, amount, account, amount);
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
