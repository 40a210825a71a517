package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.TransferRequest;

/**
 * A request as it came in: read whole, or only its transferId, with what kept the rest from being read. Either way
 * it gets an answer on transfer.events.
 */
public record Submission(String transferId, TransferRequest request, String unreadable, String fingerprint) {

    public static Submission of(TransferRequest request) {
        return new Submission(request.transferId(), request, null, RequestFingerprint.of(request));
    }

    /** A request whose transferId could be read but not the rest, e.g. {@code "amount":"abc"}. */
    public static Submission unreadable(String transferId, String problem, byte[] value) {
        return new Submission(transferId, null, problem, RequestFingerprint.ofUnreadable(value));
    }
}
