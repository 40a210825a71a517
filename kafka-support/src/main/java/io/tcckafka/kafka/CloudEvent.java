package io.tcckafka.kafka;

import java.time.Instant;

/**
 * What the headers of one produced record say about it (CloudEvents attributes; the data is the record's value).
 *
 * @param id      unique per record; the same for a re-send of the same record
 * @param source  the service that produced it, e.g. {@code /tcc/orchestrator}, {@code /tcc/bank/bank-a}
 * @param type    {@link io.tcckafka.events.EventHeaders#typeOf(String) the topic's record type}
 * @param time    when it happened
 * @param subject the transferId it belongs to; also what its trace id is derived from
 */
public record CloudEvent(String id, String source, String type, Instant time, String subject) {
}
