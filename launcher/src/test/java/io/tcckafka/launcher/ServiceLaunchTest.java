package io.tcckafka.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tcckafka.provisioning.KafkaAccess;

class ServiceLaunchTest {

    @Test
    void passwordsGoIntoTheEnvironmentNeverOntoTheCommandLine() {
        Map<String, String> properties = new LinkedHashMap<>(
                new KafkaAccess("localhost:9092", KafkaAccess.Protocol.SASL_PLAINTEXT, "bank-a", "kafka-s3cret",
                        null).springProperties());
        properties.put("spring.datasource.password", "db-s3cret");
        properties.put("spring.datasource.username", "root");

        ServiceLaunch launch = ServiceLaunch.of(properties);

        assertThat(launch.arguments()).noneMatch(argument -> argument.contains("s3cret"))
                .contains("--tcc.kafka.username=bank-a", "--spring.datasource.username=root",
                        "--spring.kafka.bootstrap-servers=localhost:9092");
        assertThat(launch.environment()).containsOnly(Map.entry("TCC_KAFKA_PASSWORD", "kafka-s3cret"),
                Map.entry("SPRING_DATASOURCE_PASSWORD", "db-s3cret"));
    }

    @Test
    void environmentVariablesAreNamedAsSpringBindsThem() {
        assertThat(ServiceLaunch.environmentVariable("tcc.orchestrator.dashboard.bank-password"))
                .isEqualTo("TCC_ORCHESTRATOR_DASHBOARD_BANKPASSWORD");
    }
}
