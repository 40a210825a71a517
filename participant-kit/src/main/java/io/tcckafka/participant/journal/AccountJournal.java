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

/**
 * The {@code account_journal} table, its one mapping, in plain JDBC: entries are only ever inserted, in the
 * transaction that made the change they record, and read by time window, of one account or of all. Times are the
 * database's, stored as UTC (the kit's connections set the session's zone, participant-defaults.properties).
 */
public class AccountJournal {

    private static final String INSERT = """
            INSERT INTO account_journal (account, kind, transfer_id, branch, amount, balance, frozen, incoming)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

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
        append(List.of(new NewEntry(new MoneyMoved(account, EntryKind.OPEN, null, null, balance),
                AccountView.of(account, balance, BigDecimal.ZERO, BigDecimal.ZERO))));
        return inserted;
    }

    /** One JDBC batch for all the entries of a batch of commands. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<NewEntry> entries) {
        jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
            MoneyMoved change = entry.change();
            statement.setString(1, change.account());
            statement.setString(2, change.kind().name());
            statement.setString(3, change.transferId());
            statement.setString(4, change.branch() == null ? null : change.branch().name());
            statement.setBigDecimal(5, Money.exact(change.amount()));
            statement.setBigDecimal(6, entry.after().balance());
            statement.setBigDecimal(7, entry.after().frozen());
            statement.setBigDecimal(8, entry.after().incoming());
        });
    }

    /**
     * Up to {@code limit} entries written in {@code [from, to)} (either end may be null: open) after entry
     * {@code after}, in entry order; of one account, or of all when {@code account} is null.
     */
    public JournalPage page(String account, Instant from, Instant to, long after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM account_journal WHERE entry > ?");
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
}
