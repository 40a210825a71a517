package io.tcckafka.orchestrator.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.orchestrator.transfer.RequestValidator;
import io.tcckafka.orchestrator.transfer.Submission;
import io.tcckafka.orchestrator.transfer.TransferService;

/**
 * Kafka adapter of transfer.requests. Every record whose transferId can be read, and whose key is that id, is
 * answered on transfer.events, even when the rest cannot be read ({@code "amount":"abc"}: REJECTED, with the error
 * as its detail); only a record without one goes to the dead-letter topic alone.
 */
@Component
class TransferRequestListener {

    static final String ID = "transfer-requests";

    private final TransferService transfers;
    private final RequestIntake intake;

    TransferRequestListener(TransferService transfers, RequestIntake intake) {
        this.transfers = transfers;
        this.intake = intake;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.TRANSFER_REQUESTS, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        intake.reading(records.size());
        try {
            RecordBatches.handle(records, TransferRequestListener::submission, transfers::submit);
        } finally {
            intake.done(records.size());
        }
    }

    private static Submission submission(ConsumerRecord<String, byte[]> record) {
        TransferRequest request;
        try {
            request = ContractRecords.value(record, TransferRequest.class);
        } catch (InvalidMessageException unreadable) {
            String transferId = EventJson.stringField(record.value(), "transferId")
                    .filter(RequestValidator::isValidTransferId)
                    .orElseThrow(() -> unreadable);
            ContractRecords.requireKey(record, "transferId", transferId);
            return Submission.unreadable(transferId, unreadable.getMessage(), record.value());
        }
        RequestValidator.requireValidTransferId(request.transferId());
        ContractRecords.requireKey(record, "transferId", request.transferId());
        return Submission.of(request);
    }
}
