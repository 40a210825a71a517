package io.tcckafka.orchestrator.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.orchestrator.transfer.Message;

/** Writes messages in the caller's transaction; {@link OutboxRelay} sends them once it commits. */
@Component
public class Outbox {

    private final OutboxRows rows;
    private final ApplicationEventPublisher events;

    Outbox(OutboxRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    /** @param writtenAt the database time of the step that wants them sent: their {@code ce_time} */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<Message> messages, Instant writtenAt) {
        if (messages.isEmpty()) {
            return;
        }
        events.publishEvent(new OutboxAppended(rows.insert(messages, writtenAt)));
    }

    /** Messages written and not yet acknowledged by the broker. */
    public long backlog() {
        return rows.count();
    }

    /** Published inside the writing transaction; the relay hears it after commit and sends the rows. */
    record OutboxAppended(List<OutboxBatch> rows) {
    }
}
