package io.tcckafka.events;

import java.time.Instant;

/**
 * A transfer's status change. Topic {@link Topics#TRANSFER_EVENTS}. At most one terminal status per transfer;
 * it may be delivered more than once, always identical.
 */
public record TransferEvent(String transferId, TransferStatus status, Reason reason, Instant occurredAt) {
}
