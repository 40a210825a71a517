package io.tcckafka.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.TopicConfig;

/**
 * How long a record stays on a bank's command topic, so how long a duplicate of a command can still be read.
 * Kafka deletes whole segments, and only once a segment's newest record is older than {@code retention.ms}; a
 * segment spans at most {@code segment.ms}. So a record can be read for up to retention + segment after it was
 * written, and forever when the topic is compacted or its retention is unlimited.
 */
public record CommandTopicRetention(Duration retention, Duration segment) {

    /** The topic configuration that makes the broker keep to this bound. */
    public Map<String, String> topicConfigs() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()),
                TopicConfig.SEGMENT_MS_CONFIG, Long.toString(segment.toMillis()));
    }

    public Duration recordLifetime() {
        return retention.plus(segment);
    }

    /** The record lifetime a topic's actual configuration allows; empty when it is unbounded. */
    public static Optional<Duration> recordLifetime(Map<String, String> topicConfig) {
        String policy = topicConfig.getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, "");
        long retentionMs = Long.parseLong(topicConfig.getOrDefault(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        long segmentMs = Long.parseLong(topicConfig.getOrDefault(TopicConfig.SEGMENT_MS_CONFIG, "-1"));
        if (policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT) || retentionMs < 0 || segmentMs < 0) {
            return Optional.empty();
        }
        return Optional.of(new CommandTopicRetention(Duration.ofMillis(retentionMs), Duration.ofMillis(segmentMs))
                .recordLifetime());
    }
}
