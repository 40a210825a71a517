package io.tcckafka.participant.barrier;

import static java.util.stream.Collectors.toMap;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the branches that {@link PurgeRules} allows, a batch per transaction: their barrier rows that moved no money
 * are deleted, and those that are journal entries stay as entries only ({@link BranchBarrier#forget}). Each branch is
 * locked the way a command locks it ({@link BranchBarrier#lock}) and checked again, so a command being applied to it at
 * that moment is either seen or waits; branches are locked in key order, so two purging instances never deadlock.
 */
public class BarrierPurge {

    private static final Comparator<BranchId> KEY_ORDER = Comparator.comparing(BranchId::transferId)
            .thenComparing(BranchId::branch).thenComparing(BranchId::account);

    private final BranchBarrier barrier;

    public BarrierPurge(BranchBarrier barrier) {
        this.barrier = barrier;
    }

    /** Purges up to {@code limit} branches whose rows are all older than {@code retention}; returns how many. */
    @Transactional
    public int purgeBatch(Duration retention, int limit) {
        LocalDateTime cutoff = barrier.now().minus(retention);
        List<BranchId> candidates = barrier.findPurgeCandidates(cutoff, limit).stream().sorted(KEY_ORDER).toList();
        int purged = 0;
        for (BranchId candidate : candidates) {
            if (purgeIfAllowed(candidate, cutoff)) {
                purged++;
            }
        }
        return purged;
    }

    private boolean purgeIfAllowed(BranchId branch, LocalDateTime cutoff) {
        Collection<BarrierRow> rows = barrier.lock(List.of(branch)).of(branch).values();
        LocalDateTime newest = rows.stream().map(BarrierRow::createdAt).max(Comparator.naturalOrder()).orElse(cutoff);
        if (!PurgeRules.isPurgeable(rows.stream().collect(toMap(BarrierRow::phase, BarrierRow::outcome)), newest,
                cutoff)) {
            return false;
        }
        barrier.forget(branch);
        return true;
    }
}
