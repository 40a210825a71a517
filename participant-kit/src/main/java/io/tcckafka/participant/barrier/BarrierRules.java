package io.tcckafka.participant.barrier;

import static io.tcckafka.participant.barrier.Decision.Action.CANCEL_FAILED_TRY;
import static io.tcckafka.participant.barrier.Decision.Action.CANCEL_WITHOUT_TRY;
import static io.tcckafka.participant.barrier.Decision.Action.REFUSE_TRY;
import static io.tcckafka.participant.barrier.Decision.Action.RELEASE;
import static io.tcckafka.participant.barrier.Decision.Action.REPEAT_STORED_REPLY;
import static io.tcckafka.participant.barrier.Decision.Action.RESERVE;
import static io.tcckafka.participant.barrier.Decision.Action.SETTLE;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * The participant rules of TCC: duplicates, null compensation, anti-hanging, and "allow empty rollback,
 * reject empty commit". Pure: it sees only the phase asked for and the outcomes already recorded.
 */
public final class BarrierRules {

    private BarrierRules() {
    }

    /** @param recorded the outcome of each phase already recorded for this branch (transferId, branch, account) */
    public static Decision decide(Phase phase, Map<Phase, Outcome> recorded) {
        if (recorded.containsKey(phase)) {
            return Decision.to(REPEAT_STORED_REPLY);
        }
        Outcome tried = recorded.get(Phase.TRY);
        boolean cancelled = recorded.containsKey(Phase.CANCEL);
        boolean confirmed = recorded.containsKey(Phase.CONFIRM);
        return switch (phase) {
            case TRY -> Decision.to(cancelled ? REFUSE_TRY : RESERVE);
            case CANCEL -> {
                if (confirmed) {
                    yield Decision.reject(Reason.ALREADY_CONFIRMED);
                }
                if (tried == null) {
                    yield Decision.to(CANCEL_WITHOUT_TRY);
                }
                yield Decision.to(tried == Outcome.SUCCEEDED ? RELEASE : CANCEL_FAILED_TRY);
            }
            case CONFIRM -> {
                if (cancelled) {
                    yield Decision.reject(Reason.ALREADY_CANCELLED);
                }
                yield tried == Outcome.SUCCEEDED ? Decision.to(SETTLE) : Decision.reject(Reason.TRY_NOT_SUCCEEDED);
            }
        };
    }

    /**
     * How a later command of a branch contradicts its recorded Try, or empty when it says the same: a numerically
     * equal amount. (Direction and account are the branch's identity, so they cannot differ.)
     */
    public static Optional<String> contradiction(BigDecimal amount, BigDecimal triedAmount) {
        if (amount.compareTo(triedAmount) != 0) {
            return Optional.of("amount " + amount.toPlainString() + " is not the Try's " + triedAmount.toPlainString());
        }
        return Optional.empty();
    }
}
