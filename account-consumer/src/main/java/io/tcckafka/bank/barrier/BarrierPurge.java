package io.tcckafka.bank.barrier;

import static java.util.stream.Collectors.toMap;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.Branch;

/**
 * Deletes the barrier rows of branches that {@link PurgeRules} allows, a batch per transaction. Each branch is
 * locked the way a command locks it (its Try row first) and checked again, so a command being applied to it at
 * that moment is either seen or waits; branches are locked in key order, so two purging instances never deadlock.
 */
@Service
public class BarrierPurge {

    private final BranchRecordRepository barrier;
    private final JdbcTemplate jdbc;

    public BarrierPurge(BranchRecordRepository barrier, JdbcTemplate jdbc) {
        this.barrier = barrier;
        this.jdbc = jdbc;
    }

    /** Purges up to {@code limit} branches whose rows are all older than {@code retention}; returns how many. */
    @Transactional
    public int purgeBatch(Duration retention, int limit) {
        LocalDateTime cutoff = databaseNow().minus(retention);
        List<BranchRef> candidates = barrier.findPurgeCandidates(cutoff, limit).stream()
                .map(row -> new BranchRef((String) row[0], Branch.valueOf((String) row[1])))
                .sorted(Comparator.comparing(BranchRef::transferId).thenComparing(BranchRef::branch))
                .toList();
        int purged = 0;
        for (BranchRef candidate : candidates) {
            if (purgeIfAllowed(candidate, cutoff)) {
                purged++;
            }
        }
        return purged;
    }

    private boolean purgeIfAllowed(BranchRef ref, LocalDateTime cutoff) {
        barrier.lockTry(ref.transferId(), ref.branch().name());
        List<BranchRecord> rows = barrier.findBranch(ref.transferId(), ref.branch());
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

    private record BranchRef(String transferId, Branch branch) {
    }
}
