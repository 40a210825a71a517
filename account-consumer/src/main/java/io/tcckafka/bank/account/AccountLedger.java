package io.tcckafka.bank.account;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Money;
import io.tcckafka.events.Reason;
import io.tcckafka.participant.BranchOrder;
import io.tcckafka.participant.Ledger;

/**
 * This bank's {@link Ledger}: the money side of a branch. A debit freezes, then takes the frozen money or releases
 * it; a credit books the amount as incoming, then moves it into the balance or drops it. The participant kit provides
 * the transaction, the one that writes the barrier row.
 * <p>
 * Each change is one conditional UPDATE that checks and changes in the same statement (no read, then write); 0 rows
 * changed means the account is missing or the guard did not hold. Plain JDBC: these run once per command.
 */
@Repository
public class AccountLedger implements Ledger {

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

    @Override
    public Optional<Reason> tryDebit(BranchOrder order) {
        return refusal(jdbc.update(FREEZE, order.amount(), order.account(), order.amount()), order,
                Reason.INSUFFICIENT_FUNDS);
    }

    @Override
    public void confirmDebit(BranchOrder order) {
        requireReserved(jdbc.update(DEBIT_FROZEN, order.amount(), order.amount(), order.account(), order.amount()),
                "confirm", order);
    }

    @Override
    public void cancelDebit(BranchOrder order) {
        requireReserved(jdbc.update(UNFREEZE, order.amount(), order.account(), order.amount()), "cancel", order);
    }

    /** The balance must stay confirmable: at most {@link Money#MAX} once every pending credit is applied. */
    @Override
    public Optional<Reason> tryCredit(BranchOrder order) {
        return refusal(jdbc.update(ADD_INCOMING, order.amount(), order.account(), order.amount(), Money.MAX), order,
                Reason.BALANCE_LIMIT_EXCEEDED);
    }

    @Override
    public void confirmCredit(BranchOrder order) {
        requireReserved(jdbc.update(CREDIT_INCOMING, order.amount(), order.amount(), order.account(), order.amount()),
                "confirm", order);
    }

    @Override
    public void cancelCredit(BranchOrder order) {
        requireReserved(jdbc.update(DROP_INCOMING, order.amount(), order.account(), order.amount()), "cancel", order);
    }

    @Override
    public List<AccountView> accounts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id, balance, frozen, incoming FROM account WHERE id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                (row, n) -> AccountView.of(row.getString("id"), row.getBigDecimal("balance"),
                        row.getBigDecimal("frozen"), row.getBigDecimal("incoming")), ids.toArray());
    }

    /** Nothing changed: the account is missing, or the guard did not hold. */
    private Optional<Reason> refusal(int changed, BranchOrder order, Reason guardFailed) {
        if (changed == 1) {
            return Optional.empty();
        }
        boolean exists = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE id = ?", Integer.class,
                order.account()) > 0;
        return Optional.of(exists ? guardFailed : Reason.ACCOUNT_NOT_FOUND);
    }

    // A succeeded Try left the amount reserved; finding less means the data was changed behind the barrier.
    private static void requireReserved(int changed, String action, BranchOrder order) {
        if (changed != 1) {
            throw new IllegalStateException("cannot %s %s %s of transfer %s on account %s: the reserved amount is not "
                    .formatted(action, order.branch(), order.amount(), order.transferId(), order.account())
                    + "there");
        }
    }
}
