package io.tcckafka.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A transfer's status change. Topic {@link Topics#TRANSFER_EVENTS}. At most one terminal status per transfer;
 * it may be delivered more than once, always identical. {@code detail} says, readably, what is wrong with a request
 * that was {@code REJECTED}; it is left out otherwise.
 */
public record TransferEvent(
        String transferId,
        TransferStatus status,
        Reason reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        Instant occurredAt) {
}
