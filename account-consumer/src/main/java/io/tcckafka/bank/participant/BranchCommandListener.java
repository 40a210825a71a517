package io.tcckafka.bank.participant;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.Failpoint;
import io.tcckafka.kafka.ContractRecords;

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

    @KafkaListener(topics = "#{T(io.tcckafka.events.Topics).bankCommands('${tcc.bank.id}')}")
    void onCommand(ConsumerRecord<String, byte[]> record) throws InterruptedException, ExecutionException {
        BranchCommand command = ContractRecords.value(record, BranchCommand.class);
        ContractRecords.requireKey(record, "account", command.account());
        Failpoint.reach("bank.before-apply", () -> String.valueOf(command));
        BranchReply reply = participant.handle(command);
        Failpoint.reach("bank.after-commit", () -> String.valueOf(command));
        kafka.send(Topics.BRANCH_REPLIES, reply.transferId(), reply).get();
    }
}
