package io.tcckafka.kafka;

import java.util.Arrays;

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
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build())
                .toArray(NewTopic[]::new));
    }
}
