package io.tcckafka.kafka;

/**
 * A record that can never be processed as it is: it goes to the dead-letter topic at once, with this message.
 * The message may quote hostile input, so it is cut to {@link #MAX_MESSAGE_LENGTH} characters: it travels in a
 * dead-letter header and an HTTP answer, which must stay small.
 */
public class InvalidMessageException extends RuntimeException {

    static final int MAX_MESSAGE_LENGTH = 1_000;

    public InvalidMessageException(String message) {
        super(Abbreviation.of(message, MAX_MESSAGE_LENGTH));
    }
}
