package io.tcckafka.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** Imported by each service: the listener failure policy for Boot's listener container factory. */
@Configuration(proxyBeanMethods = false)
public class KafkaSupportConfiguration {

    @Bean
    DefaultErrorHandler listenerErrorHandler(KafkaTemplate<?, ?> template) {
        return ListenerFailurePolicy.errorHandler(template);
    }

    /** The producer that dead-letters a record must be allowed to send as much as a dead-letter topic accepts. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer deadLetterSizedRequests() {
        return factory -> factory.updateConfigs(
                Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicDeclarations.DEAD_LETTER_MAX_BYTES));
    }
}
