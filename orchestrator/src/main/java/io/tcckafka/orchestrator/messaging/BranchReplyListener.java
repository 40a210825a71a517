package io.tcckafka.orchestrator.messaging;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchReply;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.kafka.tracing.TracedValue;
import io.tcckafka.orchestrator.tracing.ReplySpans;
import io.tcckafka.orchestrator.transfer.ReplyValidator;
import io.tcckafka.orchestrator.transfer.TransferService;

@Component
class BranchReplyListener {

    private final TransferService transfers;
    private final ReplySpans spans;

    BranchReplyListener(TransferService transfers, ReplySpans spans) {
        this.transfers = transfers;
        this.spans = spans;
    }

    @KafkaListener(id = "branch-replies", idIsGroup = false, topics = "#{@replyTopics.names()}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        RecordBatches.handle(records, BranchReplyListener::reply, this::apply);
    }

    private void apply(List<TracedValue<BranchReply>> replies) {
        Instant start = Instant.now();
        transfers.onReplies(replies.stream().map(TracedValue::value).toList());
        spans.applied(replies, start);
    }

    private static TracedValue<BranchReply> reply(ConsumerRecord<String, byte[]> record) {
        BranchReply reply = ContractRecords.value(record, BranchReply.class);
        ReplyValidator.requireComplete(reply);
        ContractRecords.requireKey(record, "transferId", reply.transferId());
        ReplyValidator.requireFromTopicBank(reply, record.topic());
        return TracedValue.of(record, reply);
    }
}
