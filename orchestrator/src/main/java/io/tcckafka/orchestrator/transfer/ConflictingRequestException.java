package io.tcckafka.orchestrator.transfer;

import io.tcckafka.kafka.InvalidMessageException;

/** A transferId sent again with other content: it starts nothing and never touches the original. */
public class ConflictingRequestException extends InvalidMessageException {

    public ConflictingRequestException(String transferId) {
        super("transferId " + transferId + " was already used for a request with other content");
    }
}
