package io.tcckafka.orchestrator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import io.tcckafka.events.Topics;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestBroker;

/** Sets how long the broker keeps records on {@code transfer.requests}, as an operator would with kafka-configs.sh. */
final class RequestTopicRetention {

    private RequestTopicRetention() {
    }

    static void set(TestBroker broker, Duration retention, Duration segment) {
        try (Admin admin = Admin.create(broker.as(Principals.ADMIN).clientConfig())) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC,
                    Topics.TRANSFER_REQUESTS), List.of(
                            set(TopicConfig.RETENTION_MS_CONFIG, retention), set(TopicConfig.SEGMENT_MS_CONFIG, segment))))
                    .all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not set the retention of " + Topics.TRANSFER_REQUESTS, e);
        }
    }

    private static AlterConfigOp set(String name, Duration value) {
        return new AlterConfigOp(new ConfigEntry(name, Long.toString(value.toMillis())), AlterConfigOp.OpType.SET);
    }
}
