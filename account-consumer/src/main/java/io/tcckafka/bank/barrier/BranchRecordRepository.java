package io.tcckafka.bank.barrier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.tcckafka.events.Branch;

public interface BranchRecordRepository extends JpaRepository<BranchRecord, BranchKey> {

    /** The up to three rows (Try, Confirm, Cancel) recorded for one branch of one transfer. */
    @Query("select r from BranchRecord r where r.id.transferId = :transferId and r.id.branch = :branch")
    List<BranchRecord> findBranch(String transferId, Branch branch);

    /**
     * Locks the branch's Try row until the transaction ends; locks nothing when there is none (no gap locks under
     * READ COMMITTED). Plain SQL because Hibernate's MySQL dialect writes {@code FOR UPDATE OF}, which MariaDB lacks.
     */
    @Query(nativeQuery = true, value = """
            SELECT transfer_id FROM branch_barrier
            WHERE transfer_id = :transferId AND branch = :branch AND phase = 'TRY'
            FOR UPDATE""")
    List<String> lockTry(String transferId, String branch);
}
