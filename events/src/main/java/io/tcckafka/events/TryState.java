package io.tcckafka.events;

/** Where a branch stands in the first phase: its Try sent and not yet answered, or answered. */
public enum TryState {
    PENDING, SUCCEEDED, FAILED
}
