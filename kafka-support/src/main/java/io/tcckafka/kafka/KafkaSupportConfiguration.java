package io.tcckafka.kafka;

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
}
