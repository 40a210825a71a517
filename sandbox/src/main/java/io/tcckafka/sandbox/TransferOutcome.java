package io.tcckafka.sandbox;

import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/**
 * The part of the orchestrator's GET /api/transfers/{id} answer that says how a transfer stands; {@code detail} is
 * what is wrong with a rejected request.
 */
public record TransferOutcome(String transferId, TransferStatus status, Reason reason, String detail) {
}
