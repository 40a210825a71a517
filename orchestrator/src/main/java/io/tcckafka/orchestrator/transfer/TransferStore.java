package io.tcckafka.orchestrator.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/**
 * Where transfers are kept: one row in {@code transfer} each, its postings and branches in two of its columns
 * ({@link TransferColumns}). Plain JDBC, the one mapping of this table: every request, reply and timer goes through
 * here, in batches, and each statement serves the whole batch: one insert, one locking read, one update. Times are
 * stored as UTC wall-clock, like every DATETIME of the orchestrator.
 * <p>
 * The {@code status} column is written from {@link Transfer#status()} for the queries (dashboard, stuck list,
 * metrics); a loaded transfer takes only its decision from it.
 */
@Repository
public class TransferStore {

    private static final String INSERT_TRANSFER = """
            INSERT INTO transfer (id, fingerprint, status, reason, detail, attempts, try_deadline, due_at, decided_at,
                                  created_at, status_changed_at, postings, branches)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_TRANSFER = """
            UPDATE transfer SET status = ?, reason = ?, attempts = ?, due_at = ?, decided_at = ?, status_changed_at = ?,
                                branches = ?
            WHERE id = ?""";
    // "due_at is not null" keeps these on the transfer_due_at index: only unfinished transfers have a due_at
    private static final String STUCK = """
            FROM transfer WHERE due_at IS NOT NULL AND status IN ('CONFIRMING', 'CANCELLING') AND attempts >= ?""";
    // on the transfer_status_changed index (status, status_changed_at, created_at)
    private static final String ENDED = """
            FROM transfer WHERE status IN ('COMMITTED', 'ABORTED', 'REJECTED')
            AND status_changed_at >= ? AND status_changed_at < ?""";

    private final JdbcTemplate jdbc;

    TransferStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** New transfers with their postings and branches, in one JDBC batch (one multi-row insert). */
    public void insert(List<Transfer> transfers) {
        jdbc.batchUpdate(INSERT_TRANSFER, transfers, transfers.size(), (statement, transfer) -> {
            statement.setString(1, transfer.id());
            statement.setString(2, transfer.fingerprint());
            statement.setString(3, transfer.status().name());
            statement.setString(4, name(transfer.reason()));
            statement.setString(5, transfer.detail());
            statement.setInt(6, transfer.attempts());
            statement.setObject(7, utc(transfer.tryDeadline()));
            statement.setObject(8, utc(transfer.dueAt()));
            statement.setObject(9, utc(transfer.decidedAt()));
            statement.setObject(10, utc(transfer.createdAt()));
            statement.setObject(11, utc(transfer.statusChangedAt()));
            statement.setString(12, TransferColumns.postings(transfer.postings()));
            statement.setString(13, TransferColumns.branches(transfer.branches()));
        });
    }

    /** The transfer rows locked until the transaction ends, taken in id order so that two instances cannot deadlock. */
    public LockedTransfers lockAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return new LockedTransfers(List.of());
        }
        return new LockedTransfers(load("SELECT * FROM transfer WHERE id IN (" + placeholders(ids.size())
                + ") ORDER BY id FOR UPDATE", ids.toArray()));
    }

    /** Due transfers that no other instance holds, locked. */
    public LockedTransfers lockDue(Instant now, int limit) {
        return new LockedTransfers(load(
                "SELECT * FROM transfer WHERE due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED",
                utc(now), limit));
    }

    /**
     * Writes the rows of the transfers this step changed, branches included: one JDBC batch, which MariaDB's driver
     * sends as one bulk statement ({@code useBulkStmts}) and MySQL's as one multi-statement
     * ({@code rewriteBatchedStatements}), each row updated by its key.
     */
    public void save(LockedTransfers locked) {
        List<Transfer> changed = locked.changedTransfers();
        if (changed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPDATE_TRANSFER, changed, changed.size(), (statement, transfer) -> {
            statement.setString(1, transfer.status().name());
            statement.setString(2, name(transfer.reason()));
            statement.setInt(3, transfer.attempts());
            statement.setObject(4, utc(transfer.dueAt()));
            statement.setObject(5, utc(transfer.decidedAt()));
            statement.setObject(6, utc(transfer.statusChangedAt()));
            statement.setString(7, TransferColumns.branches(transfer.branches()));
            statement.setString(8, transfer.id());
        });
    }

    /** Read without locks. */
    public Optional<Transfer> find(String id) {
        return load("SELECT * FROM transfer WHERE id = ?", id).stream().findFirst();
    }

    /** Read without locks; missing ids are left out. */
    public List<Transfer> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : load("SELECT * FROM transfer WHERE id IN (" + placeholders(ids.size()) + ")", ids.toArray());
    }

    /** {@link Transfer#isStuck}: longest settling first, a page of at most {@code limit} after {@code after}. */
    public List<Transfer> findStuck(int attempts, int limit, Optional<Transfer> after) {
        if (after.isEmpty()) {
            return load("SELECT * " + STUCK + " ORDER BY status_changed_at, id LIMIT ?", attempts, limit);
        }
        Transfer last = after.get();
        return load("SELECT * " + STUCK + " AND (status_changed_at > ? OR (status_changed_at = ? AND id > ?))"
                + " ORDER BY status_changed_at, id LIMIT ?", attempts, utc(last.statusChangedAt()),
                utc(last.statusChangedAt()), last.id(), limit);
    }

    /**
     * Transfers that ended (committed, aborted or rejected) in {@code [from, to)}: in the order they ended, a page of at
     * most {@code limit} after {@code after} (the last of the previous page).
     */
    public List<Transfer> findEnded(Instant from, Instant to, int limit, Optional<Transfer> after) {
        if (after.isEmpty()) {
            return load("SELECT * " + ENDED + " ORDER BY status_changed_at, id LIMIT ?", utc(from), utc(to), limit);
        }
        Transfer last = after.get();
        return load("SELECT * " + ENDED + " AND (status_changed_at > ? OR (status_changed_at = ? AND id > ?))"
                + " ORDER BY status_changed_at, id LIMIT ?", utc(from), utc(to), utc(last.statusChangedAt()),
                utc(last.statusChangedAt()), last.id(), limit);
    }

    public long countStuck(int attempts) {
        return jdbc.queryForObject("SELECT COUNT(*) " + STUCK, Long.class, attempts);
    }

    public long countInFlight(TransferStatus status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transfer WHERE due_at IS NOT NULL AND status = ?",
                Long.class, status.name());
    }

    /** Unfinished transfers, oldest first. */
    public List<Transfer> findInFlight(int limit) {
        return load("SELECT * FROM transfer WHERE due_at IS NOT NULL ORDER BY created_at, id LIMIT ?", limit);
    }

    /** The transfers a query selects. */
    private List<Transfer> load(String transfersQuery, Object... arguments) {
        return jdbc.query(transfersQuery, TransferStore::transfer, arguments);
    }

    private static final EnumSet<TransferStatus> CONFIRMED = EnumSet.of(TransferStatus.CONFIRMING,
            TransferStatus.COMMITTED);
    private static final EnumSet<TransferStatus> CANCELLED = EnumSet.of(TransferStatus.CANCELLING,
            TransferStatus.ABORTED);

    private static Transfer transfer(ResultSet row, int number) throws SQLException {
        TransferStatus status = TransferStatus.valueOf(row.getString("status"));
        Phase decision = CONFIRMED.contains(status) ? Phase.CONFIRM : CANCELLED.contains(status) ? Phase.CANCEL : null;
        List<Posting> postings = TransferColumns.postings(row.getString("postings"));
        return new Transfer(row.getString("id"), row.getString("fingerprint"), instant(row, "created_at"),
                instant(row, "try_deadline"), postings, TransferColumns.branches(postings, row.getString("branches")),
                row.getString("detail"), decision, reason(row.getString("reason")), instant(row, "decided_at"),
                row.getInt("attempts"), instant(row, "due_at"), instant(row, "status_changed_at"));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Reason reason(String name) {
        return name == null ? null : Reason.valueOf(name);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
