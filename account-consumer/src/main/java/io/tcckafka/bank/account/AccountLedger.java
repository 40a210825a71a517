package io.tcckafka.bank.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.participant.BranchOrder;
import io.tcckafka.participant.Ledger;

/**
 * This bank's {@link Ledger}: the money side of a branch. A debit freezes, then takes the frozen money or releases
 * it; a credit books the amount as incoming, then moves it into the balance or drops it. The participant kit provides
 * the transaction, the one that writes the barrier row.
 * <p>
 * A batch costs two statements however many commands and accounts it has: {@link #lock} reads its accounts with one
 * {@code SELECT … FOR UPDATE}, each command checks and changes them in memory ({@link LockedAccounts}, which holds
 * the rules), and {@link #flush} writes every changed account with one batched {@code UPDATE}. The journal's read,
 * {@link #accounts}, is answered from memory. The locked accounts belong to the transaction: bound to it, set aside
 * while another runs on the thread, dropped when it ends, rolled back or not. A change outside a kit batch locks its
 * account itself, and what is not flushed is written before the commit. Plain JDBC: this is the hot path.
 */
@Repository
public class AccountLedger implements Ledger {

    private static final String READ = "SELECT id, balance, frozen, incoming FROM account WHERE id IN (%s)";
    private static final String WRITE = "UPDATE account SET balance = ?, frozen = ?, incoming = ? WHERE id = ?";

    private final JdbcTemplate jdbc;

    public AccountLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the accounts not locked yet, in id order, with one statement. */
    @Override
    public void lock(Collection<String> ids) {
        lock(locked(), ids);
    }

    @Override
    public boolean locksAccounts() {
        return true;
    }

    @Override
    public Optional<Reason> tryDebit(BranchOrder order) {
        return change(Phase.TRY, order);
    }

    @Override
    public void confirmDebit(BranchOrder order) {
        change(Phase.CONFIRM, order);
    }

    @Override
    public void cancelDebit(BranchOrder order) {
        change(Phase.CANCEL, order);
    }

    /** The balance must stay confirmable: at most {@code Money.MAX} once every pending credit is applied. */
    @Override
    public Optional<Reason> tryCredit(BranchOrder order) {
        return change(Phase.TRY, order);
    }

    @Override
    public void confirmCredit(BranchOrder order) {
        change(Phase.CONFIRM, order);
    }

    @Override
    public void cancelCredit(BranchOrder order) {
        change(Phase.CANCEL, order);
    }

    /** Writes every account changed since the last flush with one statement; none changed, no statement. */
    @Override
    public void flush() {
        LockedAccounts accounts = bound();
        if (accounts != null) {
            write(accounts);
        }
    }

    /** The locked ones as this transaction changed them, without a statement; the others as the database has them. */
    @Override
    public List<AccountView> accounts(Collection<String> ids) {
        LockedAccounts accounts = bound();
        if (accounts == null) {
            return read(List.copyOf(ids), "");
        }
        return Stream.concat(accounts.views(ids).stream(), read(accounts.notLocked(ids), "").stream()).toList();
    }

    private Optional<Reason> change(Phase phase, BranchOrder order) {
        LockedAccounts accounts = locked();
        lock(accounts, List.of(order.account()));
        return accounts.change(phase, order);
    }

    private void lock(LockedAccounts accounts, Collection<String> ids) {
        List<String> more = accounts.notLocked(ids);
        if (!more.isEmpty()) {
            accounts.locked(more, read(more, " FOR UPDATE"));
        }
    }

    private List<AccountView> read(List<String> ids, String lock) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(READ.formatted(marks(ids.size())) + lock, (row, n) -> AccountView.of(row.getString("id"),
                row.getBigDecimal("balance"), row.getBigDecimal("frozen"), row.getBigDecimal("incoming")),
                ids.toArray());
    }

    // Absolute values, from the locked rows: one JDBC batch, sent as one bulk statement (useBulkStmts) by MariaDB's
    // driver and as one multi-statement (rewriteBatchedStatements) by MySQL's.
    private void write(LockedAccounts accounts) {
        List<AccountView> changed = accounts.unwritten();
        if (changed.isEmpty()) {
            return;
        }
        int[][] counts = jdbc.batchUpdate(WRITE, changed, changed.size(), (statement, view) -> {
            statement.setBigDecimal(1, view.balance());
            statement.setBigDecimal(2, view.frozen());
            statement.setBigDecimal(3, view.incoming());
            statement.setString(4, view.account());
        });
        // a 0 is a lost row; MariaDB's bulk statement answers SUCCESS_NO_INFO for each row instead, and there the row
        // locks this transaction holds (read above FOR UPDATE) are what guarantees the rows are there
        if (Arrays.stream(counts).flatMapToInt(Arrays::stream).anyMatch(count -> count == 0)) {
            throw new IllegalStateException("an update found no row of the locked accounts "
                    + changed.stream().map(AccountView::account).toList());
        }
        accounts.written();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private LockedAccounts bound() {
        return (LockedAccounts) TransactionSynchronizationManager.getResource(this);
    }

    /** This transaction's locked accounts, bound to it at the first use. */
    private LockedAccounts locked() {
        LockedAccounts accounts = bound();
        if (accounts != null) {
            return accounts;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("accounts are locked and changed only inside a transaction");
        }
        accounts = new LockedAccounts();
        TransactionSynchronizationManager.bindResource(this, accounts);
        TransactionSynchronizationManager.registerSynchronization(new Binding(accounts));
        return accounts;
    }

    /** Keeps one transaction's locked accounts with it, and writes what is left before it commits. */
    private final class Binding implements TransactionSynchronization {

        private final LockedAccounts accounts;

        Binding(LockedAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AccountLedger.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AccountLedger.this, accounts);
        }

        @Override
        public void flush() {
            write(accounts);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(accounts);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AccountLedger.this);
        }
    }
}
