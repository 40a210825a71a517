package io.tcckafka.orchestrator.outbox;

import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.EventHeaders;
import io.tcckafka.kafka.CloudEvent;
import io.tcckafka.kafka.CloudEventHeaders;

/**
 * A record waiting to be sent, as {@link Outbox} wrote it; deleted once the broker has acknowledged it.
 *
 * @param eventId the record's ce_id: stored, so that a row sent again after a crash is the same event
 */
record OutboxMessage(String topic, String messageKey, String payload, String eventId, String transferId,
        Instant createdAt) {

    /** The record to send, its CloudEvents headers naming {@code source} as its producer. */
    ProducerRecord<String, Object> toRecord(String source) {
        var event = new CloudEvent(eventId, source, EventHeaders.typeOf(topic), createdAt, transferId);
        return new ProducerRecord<>(topic, null, messageKey, payload, CloudEventHeaders.headers(event));
    }
}
