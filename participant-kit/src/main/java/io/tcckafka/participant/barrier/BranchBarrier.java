package io.tcckafka.participant.barrier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * The {@code branch_barrier} table, its one mapping, in plain JDBC: this is the hot path of every command. A batch
 * of commands locks the rows of every branch it touches with one statement, reads them with one, and inserts the rows
 * it adds in one JDBC batch before it commits; the purge finds and deletes finished branches.
 */
public class BranchBarrier {

    private static final String INSERT = """
            INSERT INTO branch_barrier (transfer_id, branch, account, phase, amount, outcome, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    public BranchBarrier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the rows of these branches until the transaction ends, then reads them, so a Confirm and a Cancel of one
     * branch handled at once (two consumers, around a rebalance) queue on its Try row and the second sees the first
     * one's row. A branch without rows locks nothing (no gap locks under READ COMMITTED): of two first writers
     * racing, the second fails on the primary key and is retried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedBranches lock(Collection<BranchId> branches) {
        List<BranchId> distinct = List.copyOf(Set.copyOf(branches));
        if (distinct.isEmpty()) {
            return new LockedBranches(List.of());
        }
        String rowsOfBranches = "SELECT %s FROM branch_barrier WHERE (transfer_id, branch, account) IN ("
                + String.join(", ", Collections.nCopies(distinct.size(), "(?, ?, ?)")) + ")";
        Object[] keys = keys(distinct);
        jdbc.queryForList(rowsOfBranches.formatted("transfer_id") + " FOR UPDATE", keys);
        // A second statement: the locking scan above may have passed the place where a row goes that another
        // transaction committed while this one waited for its lock; a new read sees every committed row.
        return new LockedBranches(jdbc.query(rowsOfBranches.formatted("*"), BranchBarrier::row, keys));
    }

    /** Inserts the rows added since the lock; one already there fails the transaction on the primary key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAdded(LockedBranches branches) {
        List<BarrierRow> added = branches.added();
        jdbc.batchUpdate(INSERT, added, added.size(), (statement, row) -> {
            statement.setString(1, row.branch().transferId());
            statement.setString(2, row.branch().branch().name());
            statement.setString(3, row.branch().account());
            statement.setString(4, row.phase().name());
            statement.setBigDecimal(5, row.amount());
            statement.setString(6, row.outcome().name());
            statement.setString(7, row.reason() == null ? null : row.reason().name());
        });
    }

    /**
     * Branches that look purgeable ({@link PurgeRules}: at end state, every row older than the cutoff), read without
     * locks; the purge locks and checks each again.
     */
    public List<BranchId> findPurgeCandidates(LocalDateTime cutoff, int limit) {
        return jdbc.query("""
                SELECT DISTINCT b.transfer_id, b.branch, b.account FROM branch_barrier b
                WHERE b.created_at < ? AND (b.phase <> 'TRY' OR b.outcome = 'FAILED')
                  AND NOT EXISTS (SELECT 1 FROM branch_barrier n
                                  WHERE n.transfer_id = b.transfer_id AND n.branch = b.branch
                                    AND n.account = b.account AND n.created_at >= ?)
                LIMIT ?""", (row, number) -> new BranchId(row.getString("transfer_id"),
                Branch.valueOf(row.getString("branch")), row.getString("account")), cutoff, cutoff, limit);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(BranchId branch) {
        jdbc.update("DELETE FROM branch_barrier WHERE transfer_id = ? AND branch = ? AND account = ?",
                branch.transferId(), branch.branch().name(), branch.account());
    }

    /** The database's clock, which wrote every {@code created_at}. */
    public LocalDateTime now() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP(3)", LocalDateTime.class);
    }

    private static Object[] keys(List<BranchId> branches) {
        List<Object> keys = new ArrayList<>(branches.size() * 3);
        for (BranchId branch : branches) {
            keys.add(branch.transferId());
            keys.add(branch.branch().name());
            keys.add(branch.account());
        }
        return keys.toArray();
    }

    private static BarrierRow row(ResultSet row, int number) throws SQLException {
        var branch = new BranchId(row.getString("transfer_id"), Branch.valueOf(row.getString("branch")),
                row.getString("account"));
        String reason = row.getString("reason");
        return new BarrierRow(branch, Phase.valueOf(row.getString("phase")), row.getBigDecimal("amount"),
                Outcome.valueOf(row.getString("outcome")), reason == null ? null : Reason.valueOf(reason),
                row.getObject("created_at", LocalDateTime.class));
    }
}
