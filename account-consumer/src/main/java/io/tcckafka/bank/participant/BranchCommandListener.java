package io.tcckafka.bank.participant;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.CloudEvent;
import io.tcckafka.kafka.CloudEventHeaders;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.Failpoint;
import io.tcckafka.kafka.KafkaSupportConfiguration;

/**
 * Kafka adapter: applies each command (its own database transaction), then waits until the reply is on the
 * broker, so the offset is committed only after that. A crash in between redelivers the command, which is
 * then a duplicate and sends the stored reply again.
 */
@Component
class BranchCommandListener {

    private final ParticipantService participant;
    private final KafkaTemplate<String, Object> kafka;
    private final String eventSource;

    BranchCommandListener(ParticipantService participant, KafkaTemplate<String, Object> kafka,
            @Value(KafkaSupportConfiguration.EVENT_SOURCE) String eventSource) {
        this.participant = participant;
        this.kafka = kafka;
        this.eventSource = eventSource;
    }

    @KafkaListener(topics = "#{T(io.tcckafka.events.Topics).bankCommands('${tcc.bank.id}')}")
    void onCommand(ConsumerRecord<String, byte[]> record) throws InterruptedException, ExecutionException {
        BranchCommand command = ContractRecords.value(record, BranchCommand.class);
        ContractRecords.requireKey(record, "account", command.account());
        Failpoint.reach("bank.before-apply", () -> String.valueOf(command));
        BranchReply reply = participant.handle(command);
        Failpoint.reach("bank.after-commit", () -> String.valueOf(command));
        kafka.send(record(reply)).get();
    }

    private ProducerRecord<String, Object> record(BranchReply reply) {
        var event = new CloudEvent(idOf(reply), eventSource, EventHeaders.REPLY_TYPE, Instant.now(),
                reply.transferId());
        return new ProducerRecord<>(Topics.BRANCH_REPLIES, null, reply.transferId(), reply,
                CloudEventHeaders.headers(event));
    }

    /** Derived from the reply's content: the stored reply given again to a duplicate command is the same event. */
    private static String idOf(BranchReply reply) {
        return UUID.nameUUIDFromBytes(EventJson.write(reply).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
