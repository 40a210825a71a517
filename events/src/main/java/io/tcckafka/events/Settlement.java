package io.tcckafka.events;

/** Where a branch stands in the second phase (Confirm or Cancel, whichever the transfer decided). */
public enum Settlement {
    /** No decision yet. */
    NONE,
    /** Sent, not yet acknowledged; re-sent with backoff. */
    PENDING,
    DONE,
    /**
     * Only in transfers aborted by earlier versions, which sent no Cancel to a branch whose Try failed; every branch
     * is cancelled now.
     */
    NOT_NEEDED;

    public boolean isFinished() {
        return this == DONE || this == NOT_NEEDED;
    }
}
