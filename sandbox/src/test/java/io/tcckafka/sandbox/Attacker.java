package io.tcckafka.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tcckafka.provisioning.KafkaAccess;

/**
 * Someone who reaches the broker with some credentials (or none) and tries what they should not: every attempt is
 * made the way a real client would, with short timeouts, and says whether the broker let it through.
 *
 * @param kafka how it connects: {@code PLAINTEXT} for no credentials at all, a made-up password, or a real principal's
 */
record Attacker(String name, KafkaAccess kafka) {

    private static final Duration PATIENCE = Duration.ofSeconds(6);

    /** Whether the broker took the records: false when it refused the connection, the login or the write. */
    boolean produced(String topic, String key, String... values) {
        Properties config = kafka.clientConfig();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(PATIENCE.toMillis()));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(PATIENCE.toMillis()));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(PATIENCE.toMillis() + 1000));
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get(PATIENCE.toSeconds() + 2, TimeUnit.SECONDS);
            }
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    /** How many records it could read from the topic as a member of {@code group}; 0 when refused. */
    int read(String topic, String group) {
        Properties config = kafka.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group == null ? "attacker-" + UUID.randomUUID() : group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(PATIENCE.toMillis()));
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + PATIENCE.toNanos();
            int read = 0;
            while (System.nanoTime() < until && read == 0) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return read;
        } catch (Exception refused) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
