package io.tcckafka.participant.journal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.events.Money;
import io.tcckafka.participant.barrier.BarrierRow;

/**
 * The {@code account_journal} table's writes, and its entries read by time window, of one account or of all, in plain
 * JDBC. Its rows are the barrier's and the journal's: the row of a command that moved money is the entry of that
 * change ({@link JournalRow}); {@link io.tcckafka.participant.barrier.BranchBarrier} locks and reads the barrier rows.
 * An entry is inserted in the transaction that made the change it records, and its money is never changed (the purge
 * clears only an old entry's barrier columns). Times are the database's, stored as UTC (the kit's connections set the
 * session's zone, participant-defaults.properties).
 */
public class AccountJournal {

    private static final String INSERT = """
            INSERT INTO account_journal (account, kind, transfer_id, branch, phase, amount, outcome, reason, balance,
                                         frozen, incoming)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ENTRIES = "SELECT * FROM account_journal WHERE kind IS NOT NULL AND entry > ?";

    private final JdbcTemplate jdbc;

    public AccountJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens an account: {@code insert} inserts it with {@code balance}, and its opening entry is written in the same
     * transaction, so that its balance, like every later one, is the sum of its entries. Returns what insert returns.
     */
    @Transactional
    public <T> T open(String account, BigDecimal balance, Supplier<T> insert) {
        T inserted = insert.get();
        append(List.of(new JournalRow(null, new NewEntry(new MoneyMoved(account, EntryKind.OPEN, null, null, balance),
                AccountView.of(account, balance, BigDecimal.ZERO, BigDecimal.ZERO)))));
        return inserted;
    }

    /**
     * One JDBC batch for all the rows of a batch of commands; a barrier row already there fails the transaction on
     * the barrier's unique key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<JournalRow> rows) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            BarrierRow barrier = row.barrier();
            AccountView after = row.after();
            statement.setString(1, row.account());
            statement.setString(2, nameOf(row.kind()));
            statement.setString(3, row.transferId());
            statement.setString(4, nameOf(row.branch()));
            statement.setString(5, barrier == null ? null : barrier.phase().name());
            statement.setBigDecimal(6, Money.exact(row.amount()));
            statement.setString(7, barrier == null ? null : barrier.outcome().name());
            statement.setString(8, barrier == null ? null : nameOf(barrier.reason()));
            statement.setBigDecimal(9, after == null ? null : after.balance());
            statement.setBigDecimal(10, after == null ? null : after.frozen());
            statement.setBigDecimal(11, after == null ? null : after.incoming());
        });
    }

    /**
     * Up to {@code limit} entries written in {@code [from, to)} (either end may be null: open) after entry
     * {@code after}, in entry order; of one account, or of all when {@code account} is null.
     */
    public JournalPage page(String account, Instant from, Instant to, long after, int limit) {
        StringBuilder sql = new StringBuilder(ENTRIES);
        List<Object> arguments = new ArrayList<>(List.of(after));
        if (account != null) {
            sql.append(" AND account = ?");
            arguments.add(account);
        }
        if (from != null) {
            sql.append(" AND created_at >= ?");
            arguments.add(utc(from));
        }
        if (to != null) {
            sql.append(" AND created_at < ?");
            arguments.add(utc(to));
        }
        sql.append(" ORDER BY entry LIMIT ?");
        arguments.add(limit + 1);
        List<JournalEntry> entries = jdbc.query(sql.toString(), AccountJournal::entry, arguments.toArray());
        boolean more = entries.size() > limit;
        List<JournalEntry> page = more ? entries.subList(0, limit) : entries;
        return new JournalPage(account, from, to, List.copyOf(page), more ? page.get(limit - 1).entry() : null);
    }

    private static JournalEntry entry(ResultSet row, int number) throws SQLException {
        String branch = row.getString("branch");
        return new JournalEntry(row.getLong("entry"),
                row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString("account"),
                EntryKind.valueOf(row.getString("kind")), row.getString("transfer_id"),
                branch == null ? null : Branch.valueOf(branch), row.getBigDecimal("amount"),
                row.getBigDecimal("balance"), row.getBigDecimal("frozen"), row.getBigDecimal("incoming"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
