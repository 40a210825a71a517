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
 * The barrier rows of {@code account_journal}, in plain JDBC: this is the hot path of every command. A batch of
 * commands locks the rows of every branch it touches with one statement and reads them with one, or only reads them
 * where the ledger's lock on their accounts already guards them; the rows it adds are
 * written with the batch's journal entries ({@code AccountJournal#append}), a row that moved money being its entry.
 * The purge finds finished branches and forgets them.
 */
public class BranchBarrier {

    private static final String ROWS_OF_BRANCHES =
            "SELECT %s FROM account_journal WHERE (transfer_id, branch, account) IN (";

    private static final String ONE_BRANCH = "transfer_id = ? AND branch = ? AND account = ?";

    private final JdbcTemplate jdbc;

    public BranchBarrier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the rows of these branches until the transaction ends, then reads them, so a Confirm and a Cancel of one
     * branch handled at once (two consumers, around a rebalance) queue on its Try row and the second sees the first
     * one's row. A branch without rows locks nothing (no gap locks under READ COMMITTED): of two first writers
     * racing, the second fails on the barrier's unique key and is retried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedBranches lock(Collection<BranchId> branches) {
        return rowsOf(branches, true);
    }

    /**
     * Reads the rows of these branches without locking them, in a transaction that already holds the lock that
     * guards them, the ledger's on their accounts ({@code Ledger#locksAccounts}): a read made after it sees every row
     * committed before it, and a racing command of one of these branches waits for this transaction to end. The
     * purge takes no account lock, but forgets only a finished branch whose every row is older than its cutoff: a late
     * command racing it reads the branch as it was before the purge or after it, and both are answered (after it, as
     * a branch never seen).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedBranches read(Collection<BranchId> branches) {
        return rowsOf(branches, false);
    }

    private LockedBranches rowsOf(Collection<BranchId> branches, boolean lockFirst) {
        List<BranchId> distinct = List.copyOf(Set.copyOf(branches));
        if (distinct.isEmpty()) {
            return new LockedBranches(List.of());
        }
        String rowsOfBranches = ROWS_OF_BRANCHES
                + String.join(", ", Collections.nCopies(distinct.size(), "(?, ?, ?)")) + ")";
        Object[] keys = keys(distinct);
        if (lockFirst) {
            // Then a second statement: the locking scan may have passed the place where a row goes that another
            // transaction committed while this one waited for its lock; a new read sees every committed row.
            jdbc.queryForList(rowsOfBranches.formatted("entry") + " FOR UPDATE", keys);
        }
        // an entry with a transfer but no phase is no barrier row: none is written so, but books can be edited by hand
        return new LockedBranches(jdbc.query(rowsOfBranches.formatted("*") + " AND phase IS NOT NULL",
                BranchBarrier::row, keys));
    }

    /**
     * Branches that look purgeable ({@link PurgeRules}: at end state, every row older than the cutoff), read without
     * locks; the purge locks and checks each again.
     */
    public List<BranchId> findPurgeCandidates(LocalDateTime cutoff, int limit) {
        return jdbc.query("""
                SELECT DISTINCT b.transfer_id, b.branch, b.account FROM account_journal b
                WHERE b.phase IN ('TRY', 'CONFIRM', 'CANCEL') AND b.created_at < ?
                  AND (b.phase <> 'TRY' OR b.outcome = 'FAILED')
                  AND NOT EXISTS (SELECT 1 FROM account_journal n
                                  WHERE n.transfer_id = b.transfer_id AND n.branch = b.branch
                                    AND n.account = b.account AND n.phase IS NOT NULL AND n.created_at >= ?)
                LIMIT ?""", (row, number) -> new BranchId(row.getString("transfer_id"),
                Branch.valueOf(row.getString("branch")), row.getString("account")), cutoff, cutoff, limit);
    }

    /**
     * The branch leaves the barrier: its rows that moved no money are deleted, and those that are journal entries
     * lose their barrier columns and stay, as entries only. A command of it arriving later finds no rows, as after a
     * delete, so a transferId used again once the orchestrator has purged the transfer is a new transfer here too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(BranchId branch) {
        Object[] key = { branch.transferId(), branch.branch().name(), branch.account() };
        jdbc.update("DELETE FROM account_journal WHERE " + ONE_BRANCH + " AND kind IS NULL", key);
        jdbc.update("UPDATE account_journal SET phase = NULL, outcome = NULL, reason = NULL WHERE " + ONE_BRANCH
                + " AND phase IS NOT NULL", key);
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
