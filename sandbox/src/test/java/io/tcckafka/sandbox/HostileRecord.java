package io.tcckafka.sandbox;

import java.nio.charset.StandardCharsets;

import io.tcckafka.events.Reason;

/**
 * One hostile record for a topic the services consume, and what must become of it: dead-lettered with a reason
 * that says what is wrong, or (a transfer request that parses) answered REJECTED, or (harmless) processed.
 */
record HostileRecord(String name, String topic, String key, byte[] value, String deadLetterReason,
        Reason rejection) {

    static HostileRecord deadLettered(String name, String topic, String key, String value, String reason) {
        return deadLettered(name, topic, key, utf8(value), reason);
    }

    static HostileRecord deadLettered(String name, String topic, String key, byte[] value, String reason) {
        return new HostileRecord(name, topic, key, value, reason, null);
    }

    static HostileRecord rejected(String name, String transferId, String value, Reason reason) {
        return new HostileRecord(name, io.tcckafka.events.Topics.TRANSFER_REQUESTS, transferId, utf8(value), null,
                reason);
    }

    static HostileRecord processed(String name, String topic, String key, String value) {
        return new HostileRecord(name, topic, key, utf8(value), null, null);
    }

    boolean isDeadLettered() {
        return deadLetterReason != null;
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }
}
