package io.tcckafka.bank.barrier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * The barrier as a batch of commands uses it: one statement locks the rows of every branch the batch touches, one
 * reads them, and the rows the batch adds are inserted in one JDBC batch before it commits. Plain JDBC: this is
 * the hot path of every command.
 */
@Repository
public class BranchBarrier {

    private static final String INSERT = """
            INSERT INTO branch_barrier (transfer_id, branch, phase, account, amount, outcome, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    BranchBarrier(JdbcTemplate jdbc) {
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
        String rowsOfBranches = "SELECT %s FROM branch_barrier WHERE (transfer_id, branch) IN ("
                + String.join(", ", Collections.nCopies(distinct.size(), "(?, ?)")) + ")";
        Object[] keys = keys(distinct);
        jdbc.queryForList(rowsOfBranches.formatted("transfer_id") + " FOR UPDATE", keys);
        // A second statement: the locking scan above may have passed the place where a row goes that another
        // transaction committed while this one waited for its lock; a new read sees every committed row.
        return new LockedBranches(jdbc.query(rowsOfBranches.formatted("*"), BranchBarrier::row, keys));
    }

    /** Inserts the rows added since the lock; one already there fails the transaction on the primary key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertAdded(LockedBranches branches) {
        List<BranchRecord> added = branches.added();
        jdbc.batchUpdate(INSERT, added, added.size(), (statement, record) -> {
            BranchKey key = record.getId();
            statement.setString(1, key.transferId());
            statement.setString(2, key.branch().name());
            statement.setString(3, key.phase().name());
            statement.setString(4, record.account());
            statement.setBigDecimal(5, record.amount());
            statement.setString(6, record.outcome().name());
            statement.setString(7, record.reason() == null ? null : record.reason().name());
        });
    }

    private static Object[] keys(List<BranchId> branches) {
        List<Object> keys = new ArrayList<>(branches.size() * 2);
        for (BranchId branch : branches) {
            keys.add(branch.transferId());
            keys.add(branch.branch().name());
        }
        return keys.toArray();
    }

    private static BranchRecord row(ResultSet row, int number) throws SQLException {
        var key = new BranchKey(row.getString("transfer_id"), Branch.valueOf(row.getString("branch")),
                Phase.valueOf(row.getString("phase")));
        String reason = row.getString("reason");
        BigDecimal amount = row.getBigDecimal("amount");
        return new BranchRecord(key, row.getString("account"), amount, Outcome.valueOf(row.getString("outcome")),
                reason == null ? null : Reason.valueOf(reason), row.getObject("created_at", LocalDateTime.class));
    }
}
