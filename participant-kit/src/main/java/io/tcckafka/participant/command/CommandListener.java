package io.tcckafka.participant.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.CloudEvent;
import io.tcckafka.kafka.CloudEventHeaders;
import io.tcckafka.kafka.ContractRecords;
import io.tcckafka.kafka.Failpoint;
import io.tcckafka.kafka.RecordBatches;
import io.tcckafka.kafka.tracing.TracedValue;

/**
 * Kafka adapter: applies the commands of a poll (one database transaction), then waits until every reply is on the
 * broker, so their offsets are committed only after that. A crash in between redelivers the commands, which are
 * then duplicates and get their stored replies again.
 */
public class CommandListener {

    private final BranchCommands participant;
    private final KafkaTemplate<String, Object> kafka;
    private final String bankId;
    private final String eventSource;
    private final CommandSpans spans;

    public CommandListener(BranchCommands participant, KafkaTemplate<String, Object> kafka, String bankId,
            String eventSource, CommandSpans spans) {
        this.participant = participant;
        this.kafka = kafka;
        this.bankId = bankId;
        this.eventSource = eventSource;
        this.spans = spans;
    }

    @KafkaListener(topics = "#{T(io.tcckafka.events.Topics).bankCommands('${tcc.bank.id}')}", batch = "true")
    void onCommands(List<ConsumerRecord<String, byte[]>> records) {
        RecordBatches.handle(records, this::command, this::apply);
    }

    private TracedValue<BranchCommand> command(ConsumerRecord<String, byte[]> record) {
        BranchCommand command = ContractRecords.value(record, BranchCommand.class);
        ContractRecords.requireKey(record, "account", command.account());
        CommandValidation.requireValid(command, bankId);
        return TracedValue.of(record, command);
    }

    private void apply(List<TracedValue<BranchCommand>> traced) {
        List<BranchCommand> commands = traced.stream().map(TracedValue::value).toList();
        commands.forEach(command -> Failpoint.reach("bank.before-apply", command::toString));
        List<BranchReply> replies = spans.applying(traced, () -> participant.handle(commands));
        commands.forEach(command -> Failpoint.reach("bank.after-commit", command::toString));
        CompletableFuture<?>[] sent = replies.stream().map(reply -> kafka.send(record(reply)))
                .toArray(CompletableFuture[]::new);
        kafka.flush(); // the listener waits for these anyway: nothing to linger for
        CompletableFuture.allOf(sent).join();
    }

    // the value written once: the id is derived from it, and the serializer sends a string as the JSON it is
    private ProducerRecord<String, Object> record(BranchReply reply) {
        String json = EventJson.write(reply);
        var event = new CloudEvent(idOf(json), eventSource, EventHeaders.REPLY_TYPE, Instant.now(),
                reply.transferId());
        return new ProducerRecord<>(Topics.bankReplies(bankId), null, reply.transferId(), json,
                CloudEventHeaders.headers(event));
    }

    /** Derived from the reply's content: the stored reply given again to a duplicate command is the same event. */
    static String idOf(BranchReply reply) {
        return idOf(EventJson.write(reply));
    }

    private static String idOf(String replyJson) {
        return UUID.nameUUIDFromBytes(replyJson.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
