package io.tcckafka.orchestrator.transfer;

public enum TryState {
    PENDING, SUCCEEDED, FAILED
}
