package io.tcckafka.orchestrator.transfer;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TryState;

/**
 * Where transfers are kept: a row in {@code transfer}, its postings in {@code transfer_posting}, its branches in
 * {@code transfer_branch}. Plain JDBC, the one mapping of these tables: every request, reply and timer goes through
 * here, in batches. Writers lock the transfer row first; its postings and branches change only under that lock.
 * Times are stored as UTC wall-clock, like every DATETIME of the orchestrator.
 * <p>
 * The {@code status} column is written from {@link Transfer#status()} for the queries (dashboard, stuck list,
 * metrics); a loaded transfer takes only its decision from it.
 */
@Repository
public class TransferStore {

    private static final String INSERT_TRANSFER = """
            INSERT INTO transfer (id, fingerprint, status, reason, detail, attempts, try_deadline, due_at, decided_at,
                                  created_at, status_changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_POSTING = """
            INSERT INTO transfer_posting (transfer_id, position, from_bank, from_account, to_bank, to_account, amount)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_BRANCH = """
            INSERT INTO transfer_branch (transfer_id, position, branch, bank, account, amount, try_state, try_reason,
                                         tried_at, settlement, settled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final List<String> TRANSFER_CHANGES = List.of("status", "reason", "attempts", "due_at",
            "decided_at", "status_changed_at");
    private static final List<String> BRANCH_CHANGES = List.of("try_state", "try_reason", "tried_at", "settlement",
            "settled_at");
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

    /** New transfers with their postings and branches, each table in one JDBC batch. */
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
        });
        List<Positioned<Posting>> postings = positioned(transfers, Transfer::postings);
        jdbc.batchUpdate(INSERT_POSTING, postings, postings.size(), (statement, row) -> {
            Posting posting = row.item();
            statement.setString(1, row.transferId());
            statement.setInt(2, row.position());
            statement.setString(3, posting.from().bank());
            statement.setString(4, posting.from().account());
            statement.setString(5, posting.to().bank());
            statement.setString(6, posting.to().account());
            statement.setBigDecimal(7, posting.amount());
        });
        List<Positioned<TransferBranch>> branches = positioned(transfers, Transfer::branches);
        jdbc.batchUpdate(INSERT_BRANCH, branches, branches.size(), (statement, row) -> {
            TransferBranch branch = row.item();
            statement.setString(1, row.transferId());
            statement.setInt(2, row.position());
            statement.setString(3, branch.branch().name());
            statement.setString(4, branch.account().bank());
            statement.setString(5, branch.account().account());
            statement.setBigDecimal(6, branch.amount());
            setProgress(statement, 7, branch);
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
     * Writes what changed since these transfers were locked: their rows, and only the branches that moved. One
     * statement for all the rows and one for all the branches ({@link ChangedRows}), however many the batch changed.
     */
    public void save(LockedTransfers locked) {
        ChangedRows.of("transfer", List.of("id"), TRANSFER_CHANGES, locked.changedTransfers(),
                transfer -> List.of(transfer.id()), TransferStore::transferChanges).update(jdbc);
        ChangedRows.of("transfer_branch", List.of("transfer_id", "position"), BRANCH_CHANGES, locked.changedBranches(),
                row -> List.of(row.transferId(), row.position()), row -> progress(row.item())).update(jdbc);
    }

    private static List<Object> transferChanges(Transfer transfer) {
        return Arrays.asList(transfer.status().name(), name(transfer.reason()), transfer.attempts(),
                utc(transfer.dueAt()), utc(transfer.decidedAt()), utc(transfer.statusChangedAt()));
    }

    private static List<Object> progress(TransferBranch branch) {
        return Arrays.asList(branch.tryState().name(), name(branch.tryReason()), utc(branch.triedAt()),
                branch.settlement().name(), utc(branch.settledAt()));
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

    /** The transfers a query selects, with their postings and branches (two more statements for them all). */
    private List<Transfer> load(String transfersQuery, Object... arguments) {
        List<TransferRow> rows = jdbc.query(transfersQuery, TransferStore::transferRow, arguments);
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(TransferRow::id).toArray();
        String ofThem = " WHERE transfer_id IN (" + placeholders(ids.length) + ") ORDER BY transfer_id, position";
        Map<String, List<Posting>> postings = jdbc.query("SELECT * FROM transfer_posting" + ofThem,
                (row, n) -> Map.entry(row.getString("transfer_id"), posting(row)), ids).stream()
                .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        Map<String, List<TransferBranch>> branches = jdbc.query("SELECT * FROM transfer_branch" + ofThem,
                (row, n) -> Map.entry(row.getString("transfer_id"), branch(row)), ids).stream()
                .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        return rows.stream().map(row -> row.toTransfer(postings.getOrDefault(row.id(), List.of()),
                branches.getOrDefault(row.id(), List.of()))).toList();
    }

    private record TransferRow(String id, String fingerprint, TransferStatus status, Reason reason, String detail,
            int attempts, Instant tryDeadline, Instant dueAt, Instant decidedAt, Instant createdAt,
            Instant statusChangedAt) {

        private static final EnumSet<TransferStatus> CONFIRMED = EnumSet.of(TransferStatus.CONFIRMING,
                TransferStatus.COMMITTED);
        private static final EnumSet<TransferStatus> CANCELLED = EnumSet.of(TransferStatus.CANCELLING,
                TransferStatus.ABORTED);

        Transfer toTransfer(List<Posting> postings, List<TransferBranch> branches) {
            Phase decision = CONFIRMED.contains(status) ? Phase.CONFIRM
                    : CANCELLED.contains(status) ? Phase.CANCEL : null;
            return new Transfer(id, fingerprint, createdAt, tryDeadline, postings, branches, detail, decision, reason,
                    decidedAt, attempts, dueAt, statusChangedAt);
        }
    }

    private static TransferRow transferRow(ResultSet row, int number) throws SQLException {
        return new TransferRow(row.getString("id"), row.getString("fingerprint"),
                TransferStatus.valueOf(row.getString("status")), reason(row.getString("reason")),
                row.getString("detail"), row.getInt("attempts"), instant(row, "try_deadline"), instant(row, "due_at"),
                instant(row, "decided_at"), instant(row, "created_at"), instant(row, "status_changed_at"));
    }

    private static Posting posting(ResultSet row) throws SQLException {
        return new Posting(new AccountRef(row.getString("from_bank"), row.getString("from_account")),
                new AccountRef(row.getString("to_bank"), row.getString("to_account")), row.getBigDecimal("amount"));
    }

    private static TransferBranch branch(ResultSet row) throws SQLException {
        return new TransferBranch(Branch.valueOf(row.getString("branch")),
                new AccountRef(row.getString("bank"), row.getString("account")), row.getBigDecimal("amount"),
                TryState.valueOf(row.getString("try_state")), reason(row.getString("try_reason")),
                instant(row, "tried_at"), Settlement.valueOf(row.getString("settlement")), instant(row, "settled_at"));
    }

    private static void setProgress(PreparedStatement statement, int first, TransferBranch branch)
            throws SQLException {
        List<Object> progress = progress(branch);
        for (int i = 0; i < progress.size(); i++) {
            statement.setObject(first + i, progress.get(i));
        }
    }

    /** An item of a transfer's list with its place in it, the second half of its row's key. */
    record Positioned<T>(String transferId, int position, T item) {
    }

    private static <T> List<Positioned<T>> positioned(List<Transfer> transfers,
            java.util.function.Function<Transfer, List<T>> items) {
        List<Positioned<T>> all = new ArrayList<>();
        for (Transfer transfer : transfers) {
            List<T> list = items.apply(transfer);
            for (int i = 0; i < list.size(); i++) {
                all.add(new Positioned<>(transfer.id(), i, list.get(i)));
            }
        }
        return all;
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
