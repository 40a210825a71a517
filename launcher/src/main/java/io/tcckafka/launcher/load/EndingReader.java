package io.tcckafka.launcher.load;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.tcckafka.provisioning.Principals;

/**
 * Reads a protocol's ending topic from its end, assigned every partition, on a thread of its own, and hands each
 * ending to a listener.
 */
final class EndingReader implements AutoCloseable {

    private final RoundTripProtocol protocol;
    private final KafkaConsumer<String, String> consumer;
    private Thread thread;
    private volatile boolean reading = true;

    /** Assigns the consumer at the end of every partition; returns once it is there. */
    EndingReader(Properties kafka, RoundTripProtocol protocol) {
        this.protocol = protocol;
        this.consumer = new KafkaConsumer<>(consumerConfig(kafka));
        try {
            assignAtEnd();
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    void start(String name, Consumer<RoundTripProtocol.Ending> listener) {
        thread = new Thread(() -> read(listener), name + "-endings");
        thread.start();
    }

    /** Stops reading, waits for the thread, closes the consumer. */
    @Override
    public void close() throws InterruptedException {
        reading = false;
        if (thread != null) {
            thread.join();
        }
        consumer.close();
    }

    private void read(Consumer<RoundTripProtocol.Ending> listener) {
        while (reading) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                RoundTripProtocol.Ending ending = protocol.ending(record);
                if (ending != null) {
                    listener.accept(ending);
                }
            }
        }
    }

    /** A topic created moments ago may not be in every broker's metadata yet: asks again for a while. */
    private void assignAtEnd() {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && System.nanoTime() < giveUpAt) {
            partitions = consumer.partitionsFor(protocol.endingTopic(), Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                LoadGenerator.waitUntil(System.nanoTime() + Duration.ofMillis(200).toNanos());
            }
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("no topic " + protocol.endingTopic());
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    // a client may use the consumer groups named after it
    private static Properties consumerConfig(Properties kafka) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG,
                Principals.groupPrefix(Principals.CLIENT) + "load-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
