package io.tcckafka.orchestrator.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchReply;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.orchestrator.transfer.ReplyValidator;
import io.tcckafka.orchestrator.transfer.TransferService;

@Component
class BranchReplyListener {

    private final TransferService transfers;

    BranchReplyListener(TransferService transfers) {
        this.transfers = transfers;
    }

    @KafkaListener(id = "branch-replies", idIsGroup = false, topics = "#{@replyTopics.names()}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        RecordBatches.handle(records, BranchReplyListener::reply, transfers::onReplies);
    }

    private static BranchReply reply(ConsumerRecord<String, byte[]> record) {
        BranchReply reply = ContractRecords.value(record, BranchReply.class);
        ReplyValidator.requireComplete(reply);
        ContractRecords.requireKey(record, "transferId", reply.transferId());
        ReplyValidator.requireFromTopicBank(reply, record.topic());
        return reply;
    }
}
