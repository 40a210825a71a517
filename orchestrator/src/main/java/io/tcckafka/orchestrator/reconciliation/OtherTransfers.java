package io.tcckafka.orchestrator.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the orchestrator knows of the transfers that a window's entries name but that did not end in the window: when
 * each ended, or that it is still in flight. Their entries are their own window's to judge, except one written after
 * its transfer had ended (beyond the clocks' {@code margin}): nothing may move money for a finished transfer, and no
 * later window would look at it. {@code forgottenBefore}: before it, a transfer the orchestrator does not know may
 * have been removed by retention, so an entry of that time naming none is not called foreign (null: nothing removed).
 */
record OtherTransfers(Map<String, Instant> endedAt, Set<String> inFlight, Instant forgottenBefore, Duration margin) {

    static final OtherTransfers NONE = new OtherTransfers(Map.of(), Set.of(), null, Duration.ZERO);

    static OtherTransfers inFlight(Set<String> ids) {
        return new OtherTransfers(Map.of(), ids, null, Duration.ZERO);
    }

    boolean isKnown(String transferId) {
        return inFlight.contains(transferId) || endedAt.containsKey(transferId);
    }

    /** The entry was written after its known transfer had ended. */
    boolean isLate(String transferId, Instant written) {
        Instant ended = endedAt.get(transferId);
        return ended != null && written != null && written.isAfter(ended.plus(margin));
    }

    /** An entry of this time naming an unknown transfer may be one of a transfer retention removed. */
    boolean mayBeForgotten(Instant written) {
        return forgottenBefore != null && written != null && written.isBefore(forgottenBefore);
    }
}
