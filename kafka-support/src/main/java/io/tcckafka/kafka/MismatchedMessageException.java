package io.tcckafka.kafka;

/**
 * A record that contradicts what the consumer recorded before (a command whose account or amount is not its Try's,
 * a reply that does not answer for the branch it names): a bug, or someone who may write the topic lying. It changes
 * nothing and goes to the dead-letter topic like any invalid record, counted apart ({@code cause=mismatch}).
 */
public class MismatchedMessageException extends InvalidMessageException {

    public MismatchedMessageException(String message) {
        super(message);
    }
}
