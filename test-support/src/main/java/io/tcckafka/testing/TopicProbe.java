package io.tcckafka.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import io.tcckafka.events.EventJson;
import io.tcckafka.provisioning.AccessRules;
import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Principals;

/**
 * Sends raw records and keeps every record seen on some topics since it was opened, for assertions with
 * Awaitility: {@code await().until(() -> probe.records(topic).size() == 2)}. It goes through the broker's security
 * like everyone: it reads as the operator, and writes each topic as the principal that writes it in normal
 * operation ({@link AccessRules#writerOf}: commands as the orchestrator, a bank's replies as that bank, requests as
 * the client).
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ClusterAccess access;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, KafkaProducer<String, byte[]>> producers = new HashMap<>();
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(ClusterAccess access, Collection<String> topics) {
        this.access = access;
        Properties consumerConfig = access.as(Principals.OPERATOR).clientConfig();
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG,
                Principals.groupPrefix(Principals.OPERATOR) + "probe-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        consumer = new KafkaConsumer<>(consumerConfig);
        consumer.subscribe(topics);
    }

    /** Sends a contract record as JSON and waits for the broker's acknowledgement. */
    public void send(String topic, String key, Object message) {
        sendRaw(topic, key, message instanceof String s ? s : EventJson.write(message));
    }

    public void sendRaw(String topic, String key, String value) {
        sendBytes(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends any bytes, or none (a tombstone), and waits for the broker's acknowledgement. */
    public void sendBytes(String topic, String key, byte[] value) {
        try {
            producer(AccessRules.writerOf(access.deployment(), topic)).send(new ProducerRecord<>(topic, key, value))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    public int partitions(String topic) {
        return producer(AccessRules.writerOf(access.deployment(), topic)).partitionsFor(topic).size();
    }

    /** Every record seen on the topic so far (polls first). */
    public synchronized List<ConsumerRecord<String, String>> records(String topic) {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        return seen.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    /** Waits until at least {@code count} records on the topic match, and returns all that do. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> matching, int count) {
        return Awaitility.await().atMost(WAIT)
                .until(() -> records(topic).stream().filter(matching).toList(), found -> found.size() >= count);
    }

    /** The values seen on the topic so far, read as the given contract type. */
    public <T> List<T> values(String topic, Class<T> type) {
        return records(topic).stream().map(r -> EventJson.read(r.value(), type)).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
        producers.values().forEach(KafkaProducer::close);
    }

    private synchronized KafkaProducer<String, byte[]> producer(String principal) {
        return producers.computeIfAbsent(principal, p -> {
            Properties config = access.as(p).clientConfig();
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(config);
        });
    }
}
