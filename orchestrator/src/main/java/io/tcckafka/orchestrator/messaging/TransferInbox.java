package io.tcckafka.orchestrator.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.kafka.tracing.TracedValue;
import io.tcckafka.orchestrator.tracing.ReplySpans;
import io.tcckafka.orchestrator.transfer.ReplyValidator;
import io.tcckafka.orchestrator.transfer.RequestValidator;
import io.tcckafka.orchestrator.transfer.Submission;
import io.tcckafka.orchestrator.transfer.TransferService;

/**
 * Kafka adapter of what the orchestrator reads: transfer.requests and every bank's replies, through one consumer, so
 * that a poll of both is one transaction, one produce of the commands it decides and one offset commit, not two of
 * each (each cycle's fixed cost is most of a transfer's at moderate rates: docs/benchmarks.md).
 * <p>
 * Every request whose transferId can be read, and whose key is that id, is answered on transfer.events, even when the
 * rest cannot be read ({@code "amount":"abc"}: REJECTED, with the error as its detail); only a record without one
 * goes to the dead-letter topic alone. A reply must come on its bank's topic, keyed by its transfer.
 */
@Component
class TransferInbox {

    static final String ID = "transfer-inbox";

    private final TransferService transfers;
    private final RequestIntake intake;
    private final ReplySpans spans;

    TransferInbox(TransferService transfers, RequestIntake intake, ReplySpans spans) {
        this.transfers = transfers;
        this.intake = intake;
        this.spans = spans;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = { Topics.TRANSFER_REQUESTS, "#{@replyTopics.names()}" },
            batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        int requests = (int) records.stream().filter(TransferInbox::isRequest).count();
        intake.reading(requests);
        try {
            RecordBatches.handle(records, TransferInbox::read, this::apply);
        } finally {
            intake.done(requests);
        }
    }

    /** A poll's requests and replies, in one transaction. */
    private void apply(List<Inbound> inbound) {
        Instant start = Instant.now();
        List<Submission> submissions = new ArrayList<>();
        List<TracedValue<BranchReply>> replies = new ArrayList<>();
        for (Inbound record : inbound) {
            if (record instanceof Request request) {
                submissions.add(request.submission());
            } else if (record instanceof Reply reply) {
                replies.add(reply.reply());
            }
        }
        transfers.step(submissions, replies.stream().map(TracedValue::value).toList());
        spans.applied(replies, start);
    }

    private static boolean isRequest(ConsumerRecord<String, byte[]> record) {
        return record.topic().equals(Topics.TRANSFER_REQUESTS);
    }

    private static Inbound read(ConsumerRecord<String, byte[]> record) {
        return isRequest(record) ? new Request(submission(record)) : new Reply(reply(record));
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

    private static TracedValue<BranchReply> reply(ConsumerRecord<String, byte[]> record) {
        BranchReply reply = ContractRecords.value(record, BranchReply.class);
        ReplyValidator.requireComplete(reply);
        ContractRecords.requireKey(record, "transferId", reply.transferId());
        ReplyValidator.requireFromTopicBank(reply, record.topic());
        return TracedValue.of(record, reply);
    }

    /** A record of the inbox, read. */
    private sealed interface Inbound permits Request, Reply {
    }

    private record Request(Submission submission) implements Inbound {
    }

    private record Reply(TracedValue<BranchReply> reply) implements Inbound {
    }
}
