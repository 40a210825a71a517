package io.tcckafka.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tcckafka.events.Topics;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.provisioning.broker.Ports;

/**
 * The broker as the benchmark's {@code --tls} starts it: SCRAM over TLS, with a CA the broker process writes as it
 * starts, which the launcher's clients can only trust once it is there (they were once made before, and failed).
 */
class BrokerIT {

    @Test
    void startsOverTlsAndIsProvisioned(@TempDir Path workDir) throws Exception {
        var broker = new Broker(workDir, new Jars(Path.of(System.getProperty("tcc.project.dir", ".."))).broker(),
                new Ports(), Protocol.SASL_SSL, List.of());
        try {
            broker.start(Deployment.of(List.of(Cluster.BANK_A)), Duration.ofMinutes(2));

            assertThat(broker.access().admin().protocol()).isEqualTo(Protocol.SASL_SSL);
            try (Admin admin = Admin.create(broker.access().admin().clientConfig())) {
                assertThat(admin.listTopics().names().get()).contains(Topics.TRANSFER_REQUESTS,
                        Topics.bankCommands(Cluster.BANK_A));
            }
        } finally {
            broker.process().kill();
        }
    }
}
