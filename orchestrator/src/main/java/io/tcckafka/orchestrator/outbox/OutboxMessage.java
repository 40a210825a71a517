package io.tcckafka.orchestrator.outbox;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.EventHeaders;
import io.tcckafka.kafka.CloudEvent;
import io.tcckafka.kafka.CloudEventHeaders;
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
    /** The record's ce_id: stored, so that a row sent again after a crash is the same event. */
    private String eventId;
    private String transferId;
    private Instant createdAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String topic, String messageKey, String transferId, String payload, Instant createdAt) {
        this.topic = topic;
        this.messageKey = messageKey;
        this.transferId = transferId;
        this.payload = payload;
        this.createdAt = createdAt;
        this.eventId = UUID.randomUUID().toString();
    }

    /** The record to send, its CloudEvents headers naming {@code source} as its producer. */
    ProducerRecord<String, Object> toRecord(String source) {
        var event = new CloudEvent(eventId, source, EventHeaders.typeOf(topic), createdAt, transferId);
        return new ProducerRecord<>(topic, null, messageKey, payload, CloudEventHeaders.headers(event));
    }

    String payload() {
        return payload;
    }
}
