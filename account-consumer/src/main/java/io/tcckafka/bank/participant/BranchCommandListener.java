package io.tcckafka.bank.participant;

import java.util.concurrent.ExecutionException;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.Failpoint;

/**
 * Kafka adapter: applies each command (its own database transaction), then waits until the reply is on the
 * broker, so the offset is committed only after that. A crash in between redelivers the command, which is
 * then a duplicate and sends the stored reply again.
 */
@Component
class BranchCommandListener {

    private final ParticipantService participant;
    private final KafkaTemplate<String, Object> kafka;

    BranchCommandListener(ParticipantService participant, KafkaTemplate<String, Object> kafka) {
        this.participant = participant;
        this.kafka = kafka;
    }

    @KafkaListener(topics = "#{T(io.tcckafka.events.Topics).bankCommands('${tcc.bank.id}')}",
            properties = "spring.json.value.default.type=io.tcckafka.events.BranchCommand")
    void onCommand(@Payload(required = false) BranchCommand command) throws InterruptedException, ExecutionException {
        Failpoint.reach("bank.before-apply", () -> String.valueOf(command));
        BranchReply reply = participant.handle(command);
        Failpoint.reach("bank.after-commit", () -> String.valueOf(command));
        kafka.send(Topics.BRANCH_REPLIES, reply.transferId(), reply).get();
    }
}
