package io.tcckafka.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.tcckafka.events.Topics;

/** Counts, by key, the records the participant puts on its command topic's dead-letter topic from now on. */
final class DeadLetters implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    DeadLetters(String bank, Properties reader) {
        topic = Topics.deadLetter(Topics.bankCommands(bank));
        Properties config = new Properties();
        config.putAll(reader);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("no topic " + topic + ", or no right to read it");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(this::collect, "conformance-dead-letters-" + bank);
        poller.setDaemon(true);
        poller.start();
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

    private void collect() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    synchronized (this) {
                        byKey.merge(String.valueOf(record.key()), 1, Integer::sum);
                        notifyAll();
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
