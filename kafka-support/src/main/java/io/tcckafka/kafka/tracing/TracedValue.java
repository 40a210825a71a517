package io.tcckafka.kafka.tracing;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.tcckafka.events.EventHeaders;

/** A record's value as read, with the record's {@code traceparent} header (null when it has none). */
public record TracedValue<T>(T value, String traceparent) {

    public static <T> TracedValue<T> of(ConsumerRecord<?, ?> record, T value) {
        Header header = record.headers().lastHeader(EventHeaders.TRACEPARENT);
        return new TracedValue<>(value,
                header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
}
