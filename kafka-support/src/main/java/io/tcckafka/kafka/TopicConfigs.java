package io.tcckafka.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Reads a topic's effective configuration from the broker (topic overrides and broker defaults alike). The
 * principal needs DESCRIBE_CONFIGS on the topic.
 */
public class TopicConfigs {

    private static final Logger log = LoggerFactory.getLogger(TopicConfigs.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaAdmin kafkaAdmin;

    public TopicConfigs(KafkaAdmin kafkaAdmin) {
        this.kafkaAdmin = kafkaAdmin;
    }

    /** The topic's configuration; empty when the broker cannot tell (unreachable, or no such topic). */
    public Optional<Map<String, String>> read(String topic) {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        try {
            Config config = admin.describeConfigs(List.of(resource)).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
            return Optional.of(config.entries().stream().filter(entry -> entry.value() != null)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value)));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not read the configuration of topic {}: {}", topic, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            admin.close(Duration.ZERO);
        }
    }
}
