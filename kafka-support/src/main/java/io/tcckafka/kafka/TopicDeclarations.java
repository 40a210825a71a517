package io.tcckafka.kafka;

import java.util.Arrays;
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
                .flatMap(topic -> Stream.of(
                        TopicBuilder.name(topic).partitions(partitions).replicas(replicas),
                        TopicBuilder.name(Topics.deadLetter(topic)).partitions(partitions).replicas(replicas)
                                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_BYTES))))
                .map(TopicBuilder::build)
                .toArray(NewTopic[]::new));
    }
}
