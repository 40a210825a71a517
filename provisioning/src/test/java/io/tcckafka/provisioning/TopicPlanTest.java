package io.tcckafka.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicPlanTest {

    @Test
    void everyTopicWithItsSettingsAndADeadLetterTopicBesideEachConsumedOne() {
        var deployment = new Deployment(List.of("bank-a"), List.of("client"), List.of("operator"), 12, (short) 3, 2,
                Deployment.DEFAULT_COMMAND_RETENTION);

        Map<String, NewTopic> topics = TopicPlan.of(deployment).stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));

        assertThat(topics.keySet()).containsExactlyInAnyOrder("transfer.requests", "transfer.requests.DLT",
                "transfer.events", "bank.bank-a.commands", "bank.bank-a.commands.DLT", "bank.bank-a.replies",
                "bank.bank-a.replies.DLT");
        assertThat(topics.values()).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(12);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
        });
        assertThat(topics.get("bank.bank-a.commands").configs()).containsEntry("retention.ms", "604800000")
                .containsEntry("segment.ms", "3600000").containsEntry("cleanup.policy", "delete");
        assertThat(topics.get("bank.bank-a.replies.DLT").configs()).containsEntry("max.message.bytes", "2097152");
    }
}
