package io.tcckafka.cli;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.tcckafka.events.Topics;

/**
 * Reads every partition of {@code transfer.events} by assignment, without a consumer group and committing nothing,
 * so it needs no more than the client principal's Read on the topic. Kafka's failures end the command with exit 2.
 */
final class EventTail implements AutoCloseable {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);

    private final KafkaSettings settings;
    private final KafkaConsumer<String, String> consumer;

    EventTail(KafkaSettings settings) {
        this.settings = settings;
        Properties config = new Properties();
        config.putAll(settings.properties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ANSWER_WITHIN.toMillis());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "tcc-watch");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(config);
    }

    /** Takes every partition, from its first record or from now; returns once the positions are fixed. */
    void start(boolean fromBeginning) {
        kafka(() -> {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.TRANSFER_EVENTS, ANSWER_WITHIN);
            if (infos == null || infos.isEmpty()) {
                throw CliFailure.unreachable("Kafka at " + settings.describe() + " has no topic "
                        + Topics.TRANSFER_EVENTS);
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position);
            return null;
        });
    }

    ConsumerRecords<String, String> poll(Duration wait) {
        return kafka(() -> consumer.poll(wait));
    }

    /** From another thread (Ctrl+C): makes a poll under way throw a {@code WakeupException}. */
    void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private <T> T kafka(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (AuthenticationException refused) {
            throw CliFailure.unreachable("Kafka at " + settings.describe() + " did not accept the credentials: "
                    + refused.getMessage());
        } catch (AuthorizationException forbidden) {
            throw CliFailure.unreachable("Kafka at " + settings.describe() + " does not allow reading "
                    + Topics.TRANSFER_EVENTS + " (" + forbidden.getMessage() + "); the client or operator "
                    + "principal may");
        } catch (TimeoutException silent) {
            throw CliFailure.unreachable("Kafka at " + settings.describe() + " did not answer within "
                    + ANSWER_WITHIN.toSeconds() + " s; is the broker running there?");
        }
    }
}
