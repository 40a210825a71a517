package io.tcckafka.kafka;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import io.tcckafka.events.Topics;

/** Each topic a service uses, with its dead-letter topic, created at start-up when missing. */
public final class TopicDeclarations {

    /**
     * What a dead-letter topic accepts: twice the broker's default record limit, so that a record of the largest
     * size its own topic accepts still fits with the exception headers added.
     */
    public static final int DEAD_LETTER_MAX_BYTES = 2 * 1024 * 1024;

    private TopicDeclarations() {
    }

    public static KafkaAdmin.NewTopics withDeadLetters(int partitions, int replicas, String... topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics)
                .flatMap(topic -> Stream.of(topic(topic, partitions, replicas, Map.of()), deadLetter(topic, partitions,
                        replicas)))
                .toArray(NewTopic[]::new));
    }

    /**
     * Bank command topics with their retention declared (their dead-letter topics keep the broker's retention): the banks
     * purge their barrier rows relying on it. The orchestrator and the bank declare them alike, so whichever
     * starts first creates them right.
     */
    public static KafkaAdmin.NewTopics commandTopics(int partitions, int replicas, CommandTopicRetention retention,
            String... topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics)
                .flatMap(topic -> Stream.of(topic(topic, partitions, replicas, retention.topicConfigs()),
                        deadLetter(topic, partitions, replicas)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic deadLetter(String topic, int partitions, int replicas) {
        return topic(Topics.deadLetter(topic), partitions, replicas,
                Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_BYTES)));
    }

    private static NewTopic topic(String name, int partitions, int replicas, Map<String, String> configs) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).configs(configs).build();
    }
}
