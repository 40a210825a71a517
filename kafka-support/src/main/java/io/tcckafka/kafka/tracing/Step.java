package io.tcckafka.kafka.tracing;

import java.time.Instant;
import java.util.Map;

import io.opentelemetry.api.trace.SpanKind;

/**
 * A finished step of a transfer, as its span says it.
 *
 * @param attributes values that are strings, booleans or whole numbers; null values are left out
 */
public record Step(String name, SpanKind kind, String transferId, Instant start, Instant end,
        Map<String, ?> attributes) {
}
