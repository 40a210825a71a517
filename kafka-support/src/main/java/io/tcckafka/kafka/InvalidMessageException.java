package io.tcckafka.kafka;

/** A record that can never be processed as it is: it goes to the dead-letter topic at once, with this message. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }
}
