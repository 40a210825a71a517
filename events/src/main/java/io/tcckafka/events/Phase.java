package io.tcckafka.events;

public enum Phase {
    TRY, CONFIRM, CANCEL
}
