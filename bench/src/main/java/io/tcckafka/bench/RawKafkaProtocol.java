package io.tcckafka.bench;

import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.AccountRef;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.RoundTripProtocol;

/** The raw round trip's request ({@code id from to}, keyed by id) and its ending (the event keyed by id). */
final class RawKafkaProtocol implements RoundTripProtocol {

    static final String REQUESTS = "bench.raw.requests";
    static final String COMMANDS = "bench.raw.commands";
    static final String REPLIES = "bench.raw.replies";
    static final String EVENTS = "bench.raw.events";
    static final String COMMITTED = "COMMITTED";

    private final AccountPicker accounts;
    private final Random random;

    RawKafkaProtocol(AccountPicker accounts, long seed) {
        this.accounts = accounts;
        this.random = new Random(seed);
    }

    @Override
    public ProducerRecord<String, String> request(String id) {
        AccountRef[] pair = accounts.distinct(random, 2);
        return new ProducerRecord<>(REQUESTS, id, id + " " + pair[0].account() + " " + pair[1].account());
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
