package io.tcckafka.kafka;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import io.tcckafka.events.Topics;

/** Each topic a service uses, with its dead-letter topic, created at start-up when missing. */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    public static KafkaAdmin.NewTopics withDeadLetters(int partitions, int replicas, String... topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics)
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> topic(topic, partitions, replicas, Map.of()))
                .toArray(NewTopic[]::new));
    }

    /**
     * Bank command topics with their retention declared (their dead-letter topics keep the broker's): the banks
     * purge their barrier rows relying on it. The orchestrator and the bank declare them alike, so whichever
     * starts first creates them right.
     */
    public static KafkaAdmin.NewTopics commandTopics(int partitions, int replicas, CommandTopicRetention retention,
            String... topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics)
                .flatMap(topic -> Stream.of(topic(topic, partitions, replicas, retention.topicConfigs()),
                        topic(Topics.deadLetter(topic), partitions, replicas, Map.of())))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, int partitions, int replicas, Map<String, String> configs) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).configs(configs).build();
    }
}
