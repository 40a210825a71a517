package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.Reason;

/**
 * Why a request never becomes a transaction: the reason for the contract, the detail for whoever sent it. The detail
 * is kept to printable ASCII and {@value #MAX_DETAIL} characters, as its column is: it may quote what was sent.
 */
public record Rejection(Reason reason, String detail) {

    static final int MAX_DETAIL = 500;

    public Rejection {
        if (detail != null) {
            detail = detail.replaceAll("[^\\x20-\\x7E]", "?");
            if (detail.length() > MAX_DETAIL) {
                detail = detail.substring(0, MAX_DETAIL - 3) + "...";
            }
        }
    }

    static Rejection invalid(String detail) {
        return new Rejection(Reason.INVALID_REQUEST, detail);
    }
}
