package io.tcckafka.orchestrator.transfer;

import java.time.Instant;

/** An operator retry right after a copy went out: it would only send faster than the backoff allows. */
public class RetryTooSoonException extends RuntimeException {

    private final transient Instant allowedFrom;

    public RetryTooSoonException(String transferId, Instant allowedFrom) {
        super("the pending commands of transfer " + transferId + " were sent moments ago; retry from " + allowedFrom);
        this.allowedFrom = allowedFrom;
    }

    public Instant allowedFrom() {
        return allowedFrom;
    }
}
