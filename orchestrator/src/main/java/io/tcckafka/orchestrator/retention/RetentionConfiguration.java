package io.tcckafka.orchestrator.retention;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;

import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.kafka.TopicConfigs;
import io.tcckafka.orchestrator.clock.DatabaseClock;
import io.tcckafka.orchestrator.transfer.TransferStore;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tcc.orchestrator.retention.enabled")
class RetentionConfiguration {

    @Bean
    TransferPurge transferPurge(JdbcTemplate jdbc, TransferStore store) {
        return new TransferPurge(jdbc, store);
    }

    @Bean
    RetentionJob retentionJob(TransferPurge purge, KafkaAdmin kafkaAdmin, DatabaseClock clock,
            RetentionProperties properties, MeterRegistry registry) {
        return new RetentionJob(purge, new TopicConfigs(kafkaAdmin), clock, properties, registry);
    }
}
