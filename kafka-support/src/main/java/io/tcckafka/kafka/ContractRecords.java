package io.tcckafka.kafka;

import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tcckafka.events.EventJson;
import tools.jackson.core.JacksonException;

/**
 * Reads a consumed record as its contract type. Listeners take the raw bytes and read them here, so that a
 * record that cannot be read is dead-lettered as it came (the original bytes) with a readable reason.
 */
public final class ContractRecords {

    private static final int MAX_REASON_LENGTH = 500;

    private ContractRecords() {
    }

    public static <T> T value(ConsumerRecord<?, byte[]> record, Class<T> type) {
        String expected = "a " + type.getSimpleName() + " as JSON";
        if (record.value() == null) {
            throw new InvalidMessageException("the record has no value (a tombstone); expected " + expected);
        }
        if (record.value().length == 0) {
            throw new InvalidMessageException("the record's value is empty; expected " + expected);
        }
        try {
            return EventJson.read(record.value(), type);
        } catch (JacksonException e) {
            throw new InvalidMessageException("the value is not " + expected + ": "
                    + Abbreviation.of(e.getOriginalMessage(), MAX_REASON_LENGTH));
        }
    }

    /** The key decides the partition, so the order of what belongs together: it must be what the contract says. */
    public static void requireKey(ConsumerRecord<String, ?> record, String field, String expected) {
        if (!Objects.equals(record.key(), expected)) {
            throw new InvalidMessageException("the record's key must be its " + field + " " + expected + " but was "
                    + record.key());
        }
    }
}
