package io.tcckafka.orchestrator.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.TransferStatus;

/**
 * The dashboard's counts. Each stays on an index: counts and finished transfers on transfer_status_changed
 * (status, status_changed_at, created_at). Portable SQL: MySQL, MariaDB, and H2 in MySQL mode (the sandbox).
 */
@Repository
class DashboardQueries {

    private static final String LATENCY_MICROS = "TIMESTAMPDIFF(MICROSECOND, created_at, status_changed_at)";

    private static final String FINISHED = """
            SELECT status, bucket, latency_class, COUNT(*) AS transfers, MAX(latency_micros) AS max_micros
            FROM (SELECT status,
                         FLOOR(TIMESTAMPDIFF(MICROSECOND, ?, status_changed_at) / ?) AS bucket,
                         %s AS latency_class,
                         %s AS latency_micros
                  FROM transfer
                  WHERE status IN ('COMMITTED', 'ABORTED') AND status_changed_at >= ?) finished
            GROUP BY status, bucket, latency_class""".formatted(
            LatencyHistogram.classSql(LATENCY_MICROS + " / 1000"), LATENCY_MICROS);

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<TransferStatus, Long> countByStatus() {
        Map<TransferStatus, Long> counts = new EnumMap<>(TransferStatus.class);
        for (TransferStatus status : TransferStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM transfer GROUP BY status",
                row -> {
                    counts.put(TransferStatus.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    /** Transfers committed or aborted since {@code from}, grouped by bucket (0 is the one starting at from). */
    List<FinishedTransfers> finishedSince(Instant from, Duration bucket) {
        LocalDateTime since = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
        return jdbc.query(FINISHED, (row, number) -> new FinishedTransfers(
                TransferStatus.valueOf(row.getString("status")),
                row.getInt("bucket"),
                row.getInt("latency_class"),
                row.getLong("transfers"),
                row.getDouble("max_micros") / 1000), since, bucket.toNanos() / 1000, since);
    }
}
