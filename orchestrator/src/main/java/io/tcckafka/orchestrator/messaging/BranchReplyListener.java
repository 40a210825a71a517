package io.tcckafka.orchestrator.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.orchestrator.transfer.TransferService;

@Component
class BranchReplyListener {

    private final TransferService transfers;

    BranchReplyListener(TransferService transfers) {
        this.transfers = transfers;
    }

    @KafkaListener(id = "branch-replies", topics = Topics.BRANCH_REPLIES,
            properties = "spring.json.value.default.type=io.tcckafka.events.BranchReply")
    void on(@Payload(required = false) BranchReply reply) {
        if (reply == null || reply.transferId() == null || reply.branch() == null || reply.phase() == null
                || reply.outcome() == null) {
            throw new InvalidMessageException("a branch reply needs transferId, branch, phase and outcome: " + reply);
        }
        transfers.onReply(reply);
    }
}
