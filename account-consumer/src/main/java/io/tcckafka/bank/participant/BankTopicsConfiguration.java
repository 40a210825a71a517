package io.tcckafka.bank.participant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.tcckafka.events.Topics;
import io.tcckafka.kafka.CommandTopicRetention;
import io.tcckafka.kafka.TopicDeclarations;

/** The topics this bank reads and writes, with their dead-letter topics, created at start-up when missing. */
@Configuration(proxyBeanMethods = false)
class BankTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics commandTopic(@Value("${tcc.bank.id}") String bankId, CommandTopicRetention retention,
            @Value("${tcc.kafka.partitions}") int partitions, @Value("${tcc.kafka.replicas}") int replicas) {
        return TopicDeclarations.commandTopics(partitions, replicas, retention, Topics.bankCommands(bankId));
    }

    @Bean
    KafkaAdmin.NewTopics replyTopic(@Value("${tcc.kafka.partitions}") int partitions,
            @Value("${tcc.kafka.replicas}") int replicas) {
        return TopicDeclarations.withDeadLetters(partitions, replicas, Topics.BRANCH_REPLIES);
    }
}
