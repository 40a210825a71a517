package io.tcckafka.events;

public enum TransferStatus {
    ACCEPTED, CONFIRMING, CANCELLING, COMMITTED, ABORTED, REJECTED;

    public boolean isTerminal() {
        return this == COMMITTED || this == ABORTED || this == REJECTED;
    }
}
