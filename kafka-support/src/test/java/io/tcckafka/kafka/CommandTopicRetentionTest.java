package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandTopicRetentionTest {

    @ParameterizedTest(name = "cleanup.policy={0} retention.ms={1} segment.ms={2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # policy        | retention.ms | segment.ms | lifetime
            delete,         604800000,     3600000,     PT169H
            delete,         1000,          1000,        PT2S
            delete,         -1,            3600000,     -
            compact,        604800000,     3600000,     -
            'compact,delete', 604800000,   3600000,     -
            -,              604800000,     3600000,     PT169H
            """)
    void recordLifetimeOfATopicConfig(String policy, long retentionMs, long segmentMs, Duration lifetime) {
        Map<String, String> config = new HashMap<>(Map.of("retention.ms", Long.toString(retentionMs),
                "segment.ms", Long.toString(segmentMs)));
        if (policy != null) {
            config.put("cleanup.policy", policy);
        }
        assertThat(CommandTopicRetention.recordLifetime(config).orElse(null)).isEqualTo(lifetime);
    }

    @ParameterizedTest
    @CsvSource({ "P7D, PT1H, PT169H", "PT2S, PT1S, PT3S" })
    void declaredConfigsGiveTheDeclaredLifetime(Duration retention, Duration segment, Duration lifetime) {
        var declared = new CommandTopicRetention(retention, segment);
        assertThat(declared.recordLifetime()).isEqualTo(lifetime);
        assertThat(CommandTopicRetention.recordLifetime(declared.topicConfigs())).contains(lifetime);
    }
}
