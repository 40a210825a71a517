package io.tcckafka.bank.barrier;

import static java.util.stream.Collectors.toMap;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.Branch;

/**
 * Deletes the barrier rows of branches that {@link PurgeRules} allows, a batch per transaction. Each branch is
 * locked the way a command locks it ({@link BranchBarrier#lock}) and checked again, so a command being applied to it at
 * that moment is either seen or waits; branches are locked in key order, so two purging instances never deadlock.
 */
@Service
public class BarrierPurge {

    private final BranchRecordRepository barrier;
    private final BranchBarrier locks;
    private final JdbcTemplate jdbc;

    public BarrierPurge(BranchRecordRepository barrier, BranchBarrier locks, JdbcTemplate jdbc) {
        this.barrier = barrier;
        this.locks = locks;
        this.jdbc = jdbc;
    }

    /** Purges up to {@code limit} branches whose rows are all older than {@code retention}; returns how many. */
    @Transactional
    public int purgeBatch(Duration retention, int limit) {
        LocalDateTime cutoff = databaseNow().minus(retention);
        List<BranchId> candidates = barrier.findPurgeCandidates(cutoff, limit).stream()
                .map(row -> new BranchId((String) row[0], Branch.valueOf((String) row[1])))
                .sorted(Comparator.comparing(BranchId::transferId).thenComparing(BranchId::branch))
                .toList();
        int purged = 0;
        for (BranchId candidate : candidates) {
            if (purgeIfAllowed(candidate, cutoff)) {
                purged++;
            }
        }
        return purged;
    }

    private boolean purgeIfAllowed(BranchId ref, LocalDateTime cutoff) {
        Collection<BranchRecord> rows = locks.lock(List.of(ref)).of(ref).values();
        LocalDateTime newest = rows.stream().map(BranchRecord::createdAt).max(Comparator.naturalOrder()).orElse(cutoff);
        if (!PurgeRules.isPurgeable(rows.stream().collect(toMap(BranchRecord::phase, BranchRecord::outcome)), newest,
                cutoff)) {
            return false;
        }
        barrier.deleteBranch(ref.transferId(), ref.branch().name());
        return true;
    }

    private LocalDateTime databaseNow() {
        return jdbc.queryForObject("SELECT CURRENT_TIMESTAMP(3)", LocalDateTime.class);
    }
}
