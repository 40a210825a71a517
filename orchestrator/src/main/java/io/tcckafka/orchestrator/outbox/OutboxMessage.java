package io.tcckafka.orchestrator.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record waiting to be sent; deleted once the broker has acknowledged it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String topic;
    private String messageKey;
    private String payload;

    protected OutboxMessage() {
    }

    OutboxMessage(String topic, String messageKey, String payload) {
        this.topic = topic;
        this.messageKey = messageKey;
        this.payload = payload;
    }

    String topic() {
        return topic;
    }

    String messageKey() {
        return messageKey;
    }

    String payload() {
        return payload;
    }
}
