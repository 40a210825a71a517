package io.tcckafka.participant.barrier;

import java.time.LocalDateTime;
import java.util.Map;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;

/**
 * Which branches the barrier may forget ({@link BranchBarrier#forget}). A branch is at its end state when it has a
 * Confirm or a Cancel, or its Try failed: the orchestrator never confirms a failed Try, and a Cancel arriving after
 * the purge is a null compensation that moves no money. A Try that succeeded without Confirm or Cancel is in flight
 * and stays.
 * <p>
 * Even at the end state the rows are what makes a late duplicate Try harmless: without them it would reserve the
 * money again, and nothing would ever release it. So the rows are deleted only once every one is older than the
 * cutoff, which must lie further back than any duplicate can live (see {@code BarrierPurgeJob#bound}).
 */
public final class PurgeRules {

    private PurgeRules() {
    }

    public static boolean isEndState(Map<Phase, Outcome> recorded) {
        return recorded.containsKey(Phase.CONFIRM) || recorded.containsKey(Phase.CANCEL)
                || recorded.get(Phase.TRY) == Outcome.FAILED;
    }

    /** @param newest when the branch's newest row was written, on the database's clock */
    public static boolean isPurgeable(Map<Phase, Outcome> recorded, LocalDateTime newest, LocalDateTime cutoff) {
        return !recorded.isEmpty() && isEndState(recorded) && newest.isBefore(cutoff);
    }
}
