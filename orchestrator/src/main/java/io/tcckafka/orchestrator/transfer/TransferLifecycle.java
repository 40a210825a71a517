package io.tcckafka.orchestrator.transfer;

import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.ACCEPTED;
import static io.tcckafka.events.TransferStatus.CANCELLING;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static io.tcckafka.events.TransferStatus.CONFIRMING;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tcckafka.events.TransferStatus;

/**
 * The transition table of a transfer. REJECTED is a start state of its own: a request that never becomes a
 * transaction.
 *
 * <pre>
 * ACCEPTED ──every Try succeeded──▶ CONFIRMING ──every Confirm acknowledged──▶ COMMITTED
 *    └──a Try failed, or the Try deadline passed──▶ CANCELLING ──every Cancel acknowledged──▶ ABORTED
 * </pre>
 */
public final class TransferLifecycle {

    private static final Map<TransferStatus, Set<TransferStatus>> NEXT = Map.of(
            ACCEPTED, Set.of(CONFIRMING, CANCELLING),
            CONFIRMING, Set.of(COMMITTED),
            CANCELLING, Set.of(ABORTED));

    private TransferLifecycle() {
    }

    /** Decided, and sending that decision's Confirms or Cancels until every one is acknowledged. */
    public static final Set<TransferStatus> SETTLING = Set.of(CONFIRMING, CANCELLING);

    /** Accepted and not finished: the Try phase, then settling. */
    public static final List<TransferStatus> UNFINISHED = List.of(ACCEPTED, CONFIRMING, CANCELLING);

    public static boolean allows(TransferStatus from, TransferStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    static void require(TransferStatus from, TransferStatus to) {
        if (!allows(from, to)) {
            throw new IllegalStateException("transfer cannot go from " + from + " to " + to);
        }
    }
}
