package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransferRepository extends JpaRepository<Transfer, String> {

    // Native SQL for the locks: Hibernate's MySQL dialect writes "FOR UPDATE OF <alias>", which MariaDB refuses.

    /** The row lock that makes every decision on one transfer happen once, whichever instance handles it. */
    @Query(value = "SELECT * FROM transfer WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Transfer> findForUpdate(String id);

    /** Due transfers that no other instance holds. */
    @Query(value = "SELECT * FROM transfer WHERE due_at <= :now ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<Transfer> lockDue(Instant now, int limit);
}
