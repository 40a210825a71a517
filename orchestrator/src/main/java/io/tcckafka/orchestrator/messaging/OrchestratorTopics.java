package io.tcckafka.orchestrator.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.tcckafka.events.Topics;
import io.tcckafka.kafka.CommandTopicRetention;
import io.tcckafka.kafka.TopicDeclarations;
import io.tcckafka.orchestrator.OrchestratorProperties;

@Configuration(proxyBeanMethods = false)
class OrchestratorTopics {

    @Bean
    KafkaAdmin.NewTopics declaredTopics(@Value("${tcc.kafka.partitions}") int partitions,
            @Value("${tcc.kafka.replicas}") int replicas) {
        return TopicDeclarations.withDeadLetters(partitions, replicas, Topics.TRANSFER_REQUESTS,
                Topics.TRANSFER_EVENTS, Topics.BRANCH_REPLIES);
    }

    @Bean
    KafkaAdmin.NewTopics bankCommandTopics(OrchestratorProperties properties, CommandTopicRetention retention,
            @Value("${tcc.kafka.partitions}") int partitions, @Value("${tcc.kafka.replicas}") int replicas) {
        return TopicDeclarations.commandTopics(partitions, replicas, retention,
                properties.banks().stream().map(Topics::bankCommands).toArray(String[]::new));
    }
}
