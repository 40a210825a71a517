package io.tcckafka.orchestrator.outbox;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.EventJson;
import io.tcckafka.orchestrator.transfer.Message;

/** Writes messages in the caller's transaction; {@link OutboxRelay} sends them once it commits. */
@Component
public class Outbox {

    private final OutboxRepository repository;
    private final ApplicationEventPublisher events;

    Outbox(OutboxRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        repository.saveAll(messages.stream()
                .map(m -> new OutboxMessage(m.topic(), m.key(), EventJson.write(m.payload())))
                .toList());
        events.publishEvent(new OutboxAppended());
    }

    /** Published inside the writing transaction; the relay hears it after commit. */
    record OutboxAppended() {
    }
}
