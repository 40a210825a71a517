package io.tcckafka.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.AccountRef;

/** The raw round trip's request ({@code id from to}, keyed by id) and its ending (the event keyed by id). */
final class RawKafkaProtocol implements RoundTripProtocol {

    static final String REQUESTS = "bench.raw.requests";
    static final String COMMANDS = "bench.raw.commands";
    static final String REPLIES = "bench.raw.replies";
    static final String EVENTS = "bench.raw.events";
    static final String COMMITTED = "COMMITTED";

    @Override
    public ProducerRecord<String, String> request(String id, AccountRef[] accounts) {
        AccountRef from = accounts[0];
        AccountRef to = accounts[1];
        return new ProducerRecord<>(REQUESTS, id, id + " " + from.account() + " " + to.account());
    }

    @Override
    public String endingTopic() {
        return EVENTS;
    }

    @Override
    public Ending ending(ConsumerRecord<String, String> record) {
        return new Ending(record.key(), COMMITTED.equals(record.value()), record.value());
    }
}
