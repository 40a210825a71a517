package io.tcckafka.kafka;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Imported by each service: the check that it has Kafka credentials, the listener failure policy and the offset
 * commits of Boot's listener container factory, a producer allowed to dead-letter the largest records, and Kafka in
 * the health endpoint. The topics are not created by the services: {@code tcc-provision} creates them
 * (docs/security.md).
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

    /**
     * A listener's offsets are committed without waiting for the broker's answer, so the next poll's records are not
     * held up by it: the group coordinator answers a commit only after it has lingered for more to write
     * ({@code group.coordinator.append.linger.ms}, 5 ms by default), which was a quarter of each listener cycle.
     * Offsets are still committed only for records handled, so a commit that is lost or late can only make the records
     * after the last one that landed come again, which every listener of these topics treats as the duplicates they
     * are; a failed commit is logged, and the next one covers it.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> asyncOffsetCommits() {
        return container -> {
            container.getContainerProperties().setSyncCommits(false);
            container.getContainerProperties().setCommitCallback((offsets, failure) -> {
                if (failure != null) {
                    LoggerFactory.getLogger(KafkaSupportConfiguration.class).warn(
                            "offsets {} not committed, the next commit covers them: {}", offsets, failure.toString());
                }
            });
        };
    }

    /**
     * Made while the context starts, before any Kafka client connects (listener containers start after it); it also
     * says when a fault-test failpoint is armed.
     */
    @Bean
    KafkaCredentialsCheck kafkaCredentialsCheck(@Value("${spring.kafka.security.protocol:PLAINTEXT}") String protocol,
            @Value("${tcc.kafka.username:}") String username, @Value("${tcc.kafka.password:}") String password) {
        Failpoint.armed().ifPresent(spec -> LoggerFactory.getLogger(Failpoint.class).warn(
                "TEST ONLY: failpoint {} is armed (-D{}): this process will halt or stall there", spec,
                Failpoint.PROPERTY));
        return new KafkaCredentialsCheck(protocol, username, password);
    }

    /** The producer that dead-letters a record must be allowed to send as much as a dead-letter topic accepts. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer deadLetterSizedRequests() {
        return factory -> factory.updateConfigs(
                Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ListenerFailurePolicy.DEAD_LETTER_MAX_BYTES));
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${tcc.kafka.health-timeout:3s}") Duration timeout) {
        return new KafkaHealthIndicator(admin, timeout);
    }
}
