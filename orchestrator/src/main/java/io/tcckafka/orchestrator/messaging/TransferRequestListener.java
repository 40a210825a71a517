package io.tcckafka.orchestrator.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.orchestrator.transfer.RequestValidator;
import io.tcckafka.orchestrator.transfer.TransferService;

@Component
class TransferRequestListener {

    private final TransferService transfers;

    TransferRequestListener(TransferService transfers) {
        this.transfers = transfers;
    }

    @KafkaListener(id = "transfer-requests", idIsGroup = false, topics = Topics.TRANSFER_REQUESTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        RecordBatches.handle(records, TransferRequestListener::request, transfers::submit);
    }

    private static TransferRequest request(ConsumerRecord<String, byte[]> record) {
        TransferRequest request = ContractRecords.value(record, TransferRequest.class);
        RequestValidator.requireValidTransferId(request.transferId());
        ContractRecords.requireKey(record, "transferId", request.transferId());
        return request;
    }
}
