package io.tcckafka.orchestrator.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.orchestrator.transfer.TransferService;

@Component
class TransferRequestListener {

    private final TransferService transfers;

    TransferRequestListener(TransferService transfers) {
        this.transfers = transfers;
    }

    @KafkaListener(id = "transfer-requests", topics = Topics.TRANSFER_REQUESTS,
            properties = "spring.json.value.default.type=io.tcckafka.events.TransferRequest")
    void on(@Payload(required = false) TransferRequest request) {
        if (request == null) {
            throw new InvalidMessageException("a transfer request record must have a value");
        }
        transfers.submit(request);
    }
}
