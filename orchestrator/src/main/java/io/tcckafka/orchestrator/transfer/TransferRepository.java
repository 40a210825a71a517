package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.tcckafka.events.TransferStatus;

public interface TransferRepository extends JpaRepository<Transfer, String> {

    // Native SQL for the locks: Hibernate's MySQL dialect writes "FOR UPDATE OF <alias>", which MariaDB refuses.

    /** The row lock that makes every decision on one transfer happen once, whichever instance handles it. */
    @Query(value = "SELECT * FROM transfer WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Transfer> findForUpdate(String id);

    /** The same lock on several transfers, taken in id order. */
    @Query(value = "SELECT * FROM transfer WHERE id IN (:ids) ORDER BY id FOR UPDATE", nativeQuery = true)
    List<Transfer> lockAll(Collection<String> ids);

    /** Due transfers that no other instance holds. */
    @Query(value = "SELECT * FROM transfer WHERE due_at <= :now ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<Transfer> lockDue(Instant now, int limit);

    // "due_at is not null" keeps both on the transfer_due_at index: only unfinished transfers have a due_at

    /** {@link Transfer#isStuck}: settling, and sent at least that many times; longest settling first. */
    @Query("""
            select t from Transfer t where t.dueAt is not null and t.status in :settling and t.attempts >= :attempts
            order by t.statusChangedAt, t.id""")
    List<Transfer> findStuck(Collection<TransferStatus> settling, int attempts, Limit limit);

    /** The next page of {@link #findStuck}: after the transfer that ended the last one. */
    @Query("""
            select t from Transfer t where t.dueAt is not null and t.status in :settling and t.attempts >= :attempts
              and (t.statusChangedAt > :changedAt or (t.statusChangedAt = :changedAt and t.id > :id))
            order by t.statusChangedAt, t.id""")
    List<Transfer> findStuckAfter(Collection<TransferStatus> settling, int attempts, Instant changedAt, String id,
            Limit limit);

    @Query("""
            select count(t) from Transfer t
            where t.dueAt is not null and t.status in :settling and t.attempts >= :attempts""")
    long countStuck(Collection<TransferStatus> settling, int attempts);

    @Query("select count(t) from Transfer t where t.dueAt is not null and t.status = :status")
    long countInFlight(TransferStatus status);
}
