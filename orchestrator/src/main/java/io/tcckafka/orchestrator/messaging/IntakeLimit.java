package io.tcckafka.orchestrator.messaging;

/**
 * When transfer.requests stops being read and when it is read again, from the transfers in their Try phase. Between
 * the two a gap, so the intake does not stop and start at every look.
 *
 * @param maxTrying at or above it the intake stops; 0 (or less): it never does
 */
record IntakeLimit(int maxTrying) {

    boolean isOff() {
        return maxTrying <= 0;
    }

    boolean isReached(long trying) {
        return !isOff() && trying >= maxTrying;
    }

    /** No more than three quarters of the limit. */
    boolean hasRoom(long trying) {
        return isOff() || trying * 4 <= maxTrying * 3L;
    }
}
