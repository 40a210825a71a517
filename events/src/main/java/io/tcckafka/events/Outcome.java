package io.tcckafka.events;

public enum Outcome {
    SUCCEEDED, FAILED
}
