package io.tcckafka.orchestrator.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Transfer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * The dashboard's reads. Each stays on an index: counts and finished transfers on transfer_status_changed
 * (status, status_changed_at, created_at), in-flight transfers on transfer_due_at (only unfinished transfers have
 * a due_at). Portable SQL: MySQL, MariaDB, and H2 in MySQL mode (the sandbox).
 */
@Repository
class DashboardQueries {

    private static final String LATENCY_MICROS = "TIMESTAMPDIFF(MICROSECOND, created_at, status_changed_at)";

    private static final String FINISHED = """
            SELECT status, bucket, latency_class, COUNT(*) AS transfers, MAX(latency_micros) AS max_micros
            FROM (SELECT status,
                         FLOOR(TIMESTAMPDIFF(MICROSECOND, :from, status_changed_at) / :bucketMicros) AS bucket,
                         %s AS latency_class,
                         %s AS latency_micros
                  FROM transfer
                  WHERE status IN ('COMMITTED', 'ABORTED') AND status_changed_at >= :from) finished
            GROUP BY status, bucket, latency_class""".formatted(
            LatencyHistogram.classSql(LATENCY_MICROS + " / 1000"), LATENCY_MICROS);

    private final EntityManager entityManager;

    DashboardQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<TransferStatus, Long> countByStatus() {
        Map<TransferStatus, Long> counts = new EnumMap<>(TransferStatus.class);
        for (TransferStatus status : TransferStatus.values()) {
            counts.put(status, 0L);
        }
        entityManager.createQuery("select t.status, count(t) from Transfer t group by t.status", Tuple.class)
                .getResultList()
                .forEach(row -> counts.put(row.get(0, TransferStatus.class), row.get(1, Long.class)));
        return counts;
    }

    /** Oldest first. */
    List<Transfer> inFlight(int limit) {
        return entityManager.createQuery(
                        "select t from Transfer t where t.dueAt is not null order by t.createdAt, t.id", Transfer.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Transfers committed or aborted since {@code from}, grouped by bucket (0 is the one starting at from). */
    List<FinishedTransfers> finishedSince(Instant from, Duration bucket) {
        List<?> rows = entityManager.createNativeQuery(FINISHED, Tuple.class)
                .setParameter("from", from)
                .setParameter("bucketMicros", bucket.toNanos() / 1000)
                .getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new FinishedTransfers(
                TransferStatus.valueOf((String) row.get(0)),
                ((Number) row.get(1)).intValue(),
                ((Number) row.get(2)).intValue(),
                ((Number) row.get(3)).longValue(),
                ((Number) row.get(4)).doubleValue() / 1000)).toList();
    }
}
