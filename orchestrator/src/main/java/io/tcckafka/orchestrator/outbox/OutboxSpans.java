package io.tcckafka.orchestrator.outbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.opentelemetry.api.trace.SpanKind;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.TraceParent;
import io.tcckafka.kafka.tracing.Step;
import io.tcckafka.kafka.tracing.StepAttributes;
import io.tcckafka.kafka.tracing.StepSpans;

/**
 * A span per command a committed step wrote to the outbox, child of the transfer's root, whose span id is the one
 * the command record's {@code traceparent} names: the bank's span of the command is its child. From the step's time
 * until the commit; the send follows at once, and a row sent again later (the safety net) is the same record.
 */
@Component
class OutboxSpans {

    static final String SENT = "command sent";

    private final StepSpans spans;

    OutboxSpans(StepSpans spans) {
        this.spans = spans;
    }

    @TransactionalEventListener
    void on(Outbox.OutboxAppended appended) {
        if (!spans.on()) {
            return;
        }
        Instant committed = Instant.now();
        appended.rows().stream().flatMap(row -> row.messages().stream())
                .filter(message -> Topics.isBankCommands(message.topic()))
                .forEach(command -> spans.childOf(null, new Step(SENT, SpanKind.PRODUCER, command.transferId(),
                        command.createdAt(), committed, attributes(command)),
                        TraceParent.of(command.transferId(), command.eventId())));
    }

    private static Map<String, Object> attributes(OutboxMessage row) {
        BranchCommand command = EventJson.read(row.payload(), BranchCommand.class);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("messaging.destination.name", row.topic());
        attributes.put(StepAttributes.BANK, command.bank());
        attributes.put(StepAttributes.BRANCH, command.branch().name());
        attributes.put(StepAttributes.PHASE, command.phase().name());
        attributes.put(StepAttributes.ACCOUNT, command.account());
        return attributes;
    }
}
