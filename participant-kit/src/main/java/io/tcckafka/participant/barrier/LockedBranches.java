package io.tcckafka.participant.barrier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.Phase;

/**
 * The barrier rows of the branches a transaction locked, and the rows it adds: a command sees what the commands
 * before it in the same batch recorded, and the new rows are written at once, with the batch's journal entries.
 */
public final class LockedBranches {

    private final Map<BranchId, Map<Phase, BarrierRow>> rows = new HashMap<>();
    private final List<BarrierRow> added = new ArrayList<>();

    LockedBranches(List<BarrierRow> locked) {
        locked.forEach(this::put);
    }

    /** The rows of a branch, by phase; empty when nothing was recorded for it. */
    public Map<Phase, BarrierRow> of(BranchId branch) {
        return Collections.unmodifiableMap(rows.getOrDefault(branch, Map.of()));
    }

    /** Records a new row, to be written with the others ({@link #added}). */
    public BarrierRow add(BarrierRow row) {
        put(row);
        added.add(row);
        return row;
    }

    /** The rows recorded since the lock, in order; the caller writes them. */
    public List<BarrierRow> added() {
        return added;
    }

    private void put(BarrierRow row) {
        rows.computeIfAbsent(row.branch(), b -> new EnumMap<>(Phase.class)).put(row.phase(), row);
    }
}
