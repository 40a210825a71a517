package io.tcckafka.orchestrator.messaging;

import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.tcckafka.events.Topics;
import io.tcckafka.kafka.TopicDeclarations;
import io.tcckafka.orchestrator.OrchestratorProperties;

@Configuration(proxyBeanMethods = false)
class OrchestratorTopics {

    @Bean
    KafkaAdmin.NewTopics declaredTopics(OrchestratorProperties properties,
            @Value("${tcc.kafka.partitions}") int partitions, @Value("${tcc.kafka.replicas}") int replicas) {
        String[] topics = Stream.concat(
                        Stream.of(Topics.TRANSFER_REQUESTS, Topics.TRANSFER_EVENTS, Topics.BRANCH_REPLIES),
                        properties.banks().stream().map(Topics::bankCommands))
                .toArray(String[]::new);
        return TopicDeclarations.withDeadLetters(partitions, replicas, topics);
    }
}
