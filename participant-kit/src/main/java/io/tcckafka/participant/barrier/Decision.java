package io.tcckafka.participant.barrier;

import io.tcckafka.events.Reason;

/** What to do with a branch command, given what the barrier already holds for its branch. */
public record Decision(Action action, Reason rejection) {

    public enum Action {
        /** The command was processed before: change nothing, send the stored reply again. */
        REPEAT_STORED_REPLY,
        /** Try: reserve the money and record the outcome. */
        RESERVE,
        /** Try after its Cancel (anti-hanging): record it FAILED CANCELLED_BEFORE_TRY, change nothing. */
        REFUSE_TRY,
        /** Cancel before any Try (null compensation): record the refused Try and the Cancel, change nothing. */
        CANCEL_WITHOUT_TRY,
        /** Cancel of a succeeded Try: release the reserved money. */
        RELEASE,
        /** Cancel of a failed Try: nothing was reserved, just record the Cancel. */
        CANCEL_FAILED_TRY,
        /** Confirm of a succeeded Try: make the reserved money real. */
        SETTLE,
        /** A command that must not be applied: reply FAILED with {@link Decision#rejection()}, record nothing. */
        REJECT
    }

    static Decision to(Action action) {
        return new Decision(action, null);
    }

    static Decision reject(Reason reason) {
        return new Decision(Action.REJECT, reason);
    }
}
