package io.tcckafka.conformance;

/** A participant did not do what the rules say: the message says what was expected and what happened. */
public class ConformanceFailure extends RuntimeException {

    public ConformanceFailure(String message) {
        super(message);
    }
}
