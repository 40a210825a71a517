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
 * before it in the same batch recorded, and {@link BranchBarrier#insertAdded} writes the new rows at once.
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

    /** Records a new row; it is written by {@link BranchBarrier#insertAdded}. */
    public BarrierRow add(BarrierRow row) {
        put(row);
        added.add(row);
        return row;
    }

    List<BarrierRow> added() {
        return added;
    }

    private void put(BarrierRow row) {
        rows.computeIfAbsent(row.branch(), b -> new EnumMap<>(Phase.class)).put(row.phase(), row);
    }
}
