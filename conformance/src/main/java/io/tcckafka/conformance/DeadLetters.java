package io.tcckafka.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tcckafka.events.Topics;

/** Counts, by key, the records the participant puts on its command topic's dead-letter topic from now on. */
final class DeadLetters implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final TopicTail tail;

    DeadLetters(String bank, Properties reader) {
        topic = Topics.deadLetter(Topics.bankCommands(bank));
        tail = new TopicTail(topic, reader, this::count);
    }

    synchronized void await(String key, int count, String what) {
        Instant giveUpAt = Instant.now().plus(TIMEOUT);
        while (byKey.getOrDefault(key, 0) < count) {
            long left = Duration.between(Instant.now(), giveUpAt).toMillis();
            if (left <= 0) {
                throw new ConformanceFailure(what + ": expected " + count + " record(s) keyed " + key + " on " + topic
                        + " within " + TIMEOUT.toSeconds() + " s, found " + byKey.getOrDefault(key, 0));
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private synchronized void count(ConsumerRecord<String, byte[]> record) {
        byKey.merge(String.valueOf(record.key()), 1, Integer::sum);
        notifyAll();
    }

    @Override
    public void close() {
        tail.close();
    }
}
