package io.tcckafka.bank.barrier;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.tcckafka.events.Branch;

public interface BranchRecordRepository extends JpaRepository<BranchRecord, BranchKey> {

    /** The up to three rows (Try, Confirm, Cancel) recorded for one branch of one transfer. */
    @Query("select r from BranchRecord r where r.id.transferId = :transferId and r.id.branch = :branch")
    List<BranchRecord> findBranch(String transferId, Branch branch);

    /**
     * (transfer_id, branch) of branches that look purgeable ({@link PurgeRules}: at end state, every row older
     * than the cutoff), read without locks; the purge locks and checks each again.
     */
    @Query(nativeQuery = true, value = """
            SELECT DISTINCT b.transfer_id, b.branch FROM branch_barrier b
            WHERE b.created_at < :cutoff AND (b.phase <> 'TRY' OR b.outcome = 'FAILED')
              AND NOT EXISTS (SELECT 1 FROM branch_barrier n
                              WHERE n.transfer_id = b.transfer_id AND n.branch = b.branch AND n.created_at >= :cutoff)
            LIMIT :limit""")
    List<Object[]> findPurgeCandidates(LocalDateTime cutoff, int limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true,
            value = "DELETE FROM branch_barrier WHERE transfer_id = :transferId AND branch = :branch")
    int deleteBranch(String transferId, String branch);
}
