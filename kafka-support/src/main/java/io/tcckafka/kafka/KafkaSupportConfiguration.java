package io.tcckafka.kafka;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Imported by each service: the listener failure policy for Boot's listener container factory, a producer allowed
 * to dead-letter the largest records, the retention of the bank command topics (defaults here only, so that
 * the orchestrator and the banks cannot disagree), and Kafka in the health endpoint.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaSupportConfiguration {

    /** The {@code ce_source} of the records this service produces, e.g. {@code /tcc/orchestrator}. */
    public static final String EVENT_SOURCE = "${tcc.kafka.event-source:/tcc/${spring.application.name}}";

    @Bean
    DefaultErrorHandler listenerErrorHandler(KafkaTemplate<?, ?> template, @Value(EVENT_SOURCE) String eventSource,
            MeterRegistry registry) {
        return ListenerFailurePolicy.errorHandler(template, eventSource, registry);
    }

    @Bean
    CommandTopicRetention commandTopicRetention(@Value("${tcc.kafka.command-retention:7d}") Duration retention,
            @Value("${tcc.kafka.command-segment:1h}") Duration segment) {
        return new CommandTopicRetention(retention, segment);
    }

    /** The producer that dead-letters a record must be allowed to send as much as a dead-letter topic accepts. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer deadLetterSizedRequests() {
        return factory -> factory.updateConfigs(
                Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicDeclarations.DEAD_LETTER_MAX_BYTES));
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${tcc.kafka.health-timeout:3s}") Duration timeout) {
        return new KafkaHealthIndicator(admin, timeout);
    }
}
