package io.tcckafka.orchestrator.transfer;

/** Where a branch stands in the second phase (Confirm or Cancel, whichever the transfer decided). */
public enum Settlement {
    /** No decision yet. */
    NONE,
    /** Sent, not yet acknowledged; re-sent with backoff. */
    PENDING,
    DONE,
    /** Cancel decided and this branch's Try failed: nothing was reserved, so nothing to release. */
    NOT_NEEDED;

    boolean isFinished() {
        return this == DONE || this == NOT_NEEDED;
    }
}
