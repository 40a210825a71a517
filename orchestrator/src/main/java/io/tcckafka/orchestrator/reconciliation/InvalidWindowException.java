package io.tcckafka.orchestrator.reconciliation;

/** A window that cannot be reconciled: from not before to, or longer than allowed. Answered with 400. */
public class InvalidWindowException extends RuntimeException {

    public InvalidWindowException(String message) {
        super(message);
    }
}
