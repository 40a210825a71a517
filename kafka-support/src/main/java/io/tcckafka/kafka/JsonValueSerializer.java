package io.tcckafka.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serializer;

import io.tcckafka.events.EventJson;

/**
 * Writes record values as JSON with the contracts' one mapping. Strings are taken as JSON already written
 * (the outbox stores them so), and raw bytes pass through (a dead-lettered record that never parsed).
 */
public class JsonValueSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        String json = value instanceof String s ? s : EventJson.write(value);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
