package io.tcckafka.kafka;

import static io.tcckafka.events.EventHeaders.CLOUDEVENTS_1_0;
import static io.tcckafka.events.EventHeaders.CONTENT_TYPE;
import static io.tcckafka.events.EventHeaders.ID;
import static io.tcckafka.events.EventHeaders.JSON;
import static io.tcckafka.events.EventHeaders.SOURCE;
import static io.tcckafka.events.EventHeaders.SPEC_VERSION;
import static io.tcckafka.events.EventHeaders.SUBJECT;
import static io.tcckafka.events.EventHeaders.TIME;
import static io.tcckafka.events.EventHeaders.TRACEPARENT;
import static io.tcckafka.events.EventHeaders.TYPE;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes a {@link CloudEvent} as Kafka headers, CloudEvents binary content mode: {@code ce_<attribute>} headers
 * and {@code content-type}, UTF-8 strings, the value left as it is; plus the W3C {@code traceparent}.
 */
public final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    public static Map<String, String> of(CloudEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, CLOUDEVENTS_1_0);
        headers.put(ID, event.id());
        headers.put(SOURCE, event.source());
        headers.put(TYPE, event.type());
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.time().truncatedTo(ChronoUnit.MILLIS)));
        if (event.subject() != null) {
            headers.put(SUBJECT, event.subject());
        }
        headers.put(CONTENT_TYPE, JSON);
        headers.put(TRACEPARENT, TraceParent.of(event.subject(), event.id()));
        return headers;
    }

    public static Headers headers(CloudEvent event) {
        return addMissing(new RecordHeaders(), event);
    }

    /** Adds the headers the record does not have yet, keeping those it has (a dead-lettered record's own). */
    public static Headers addMissing(Headers headers, CloudEvent event) {
        of(event).forEach((name, value) -> {
            if (headers.lastHeader(name) == null) {
                headers.add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        return headers;
    }
}
