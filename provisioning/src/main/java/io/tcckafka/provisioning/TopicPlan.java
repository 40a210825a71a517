package io.tcckafka.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.tcckafka.events.Topics;
import io.tcckafka.kafka.ListenerFailurePolicy;

/**
 * Every topic of a deployment with its settings: requests, events, and per bank its commands and replies; a
 * dead-letter topic beside each topic a service consumes. The services create none of them.
 */
public final class TopicPlan {

    private TopicPlan() {
    }

    public static List<NewTopic> of(Deployment deployment) {
        List<NewTopic> topics = new ArrayList<>();
        topics.addAll(withDeadLetters(deployment, Topics.TRANSFER_REQUESTS, Map.of()));
        topics.add(topic(deployment, Topics.TRANSFER_EVENTS, Map.of()));
        for (String bank : deployment.banks()) {
            // the banks purge their barrier rows relying on how long a command can stay readable
            topics.addAll(withDeadLetters(deployment, Topics.bankCommands(bank),
                    deployment.commandRetention().topicConfigs()));
            topics.addAll(withDeadLetters(deployment, Topics.bankReplies(bank), Map.of()));
        }
        return topics;
    }

    private static List<NewTopic> withDeadLetters(Deployment deployment, String name, Map<String, String> configs) {
        // a dead-letter topic takes a record of the largest size its topic accepts, with the exception headers added
        return List.of(topic(deployment, name, configs), topic(deployment, Topics.deadLetter(name),
                Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(ListenerFailurePolicy.DEAD_LETTER_MAX_BYTES))));
    }

    private static NewTopic topic(Deployment deployment, String name, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(deployment.minInsyncReplicas()));
        return new NewTopic(name, deployment.partitions(), deployment.replicationFactor()).configs(all);
    }
}
