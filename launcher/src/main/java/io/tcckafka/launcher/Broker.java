package io.tcckafka.launcher;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.provisioning.broker.Certificates;
import io.tcckafka.provisioning.broker.Ports;
import io.tcckafka.sandbox.KafkaMain;

/**
 * The Kafka broker (KRaft, one node) as a process of the sandbox jar, secured as the layout says, keeping its data
 * in the cluster's work folder. Besides its own port it has a client listener per application
 * ({@code --listener=NAME:port:advertisedPort}), which tells that application to connect through its link.
 * Provisioned at its first start (topics, a principal per service, the ACLs), which it keeps across restarts.
 */
final class Broker {

    private final ServiceProcess process;
    private final List<String> command;
    private final int port;
    private final Protocol security;
    private final Path tlsDir;
    private final String adminPassword = ClusterAccess.newPassword();
    private final String keystorePassword = ClusterAccess.newPassword();
    private ClusterAccess access;

    /** @param listeners the applications' {@link #listener}s */
    Broker(Path workDir, String jar, Ports ports, Protocol security, List<String> listeners) {
        this.process = new ServiceProcess(Cluster.KAFKA, workDir.resolve("logs/kafka.log"));
        this.port = ports.next();
        this.security = security;
        this.tlsDir = workDir.toAbsolutePath().resolve("kafka-tls");
        List<String> arguments = new ArrayList<>(List.of(Cluster.KAFKA, "--port=" + port,
                "--controller-port=" + ports.next(), "--data-dir=" + workDir.resolve("kafka-data")));
        switch (security) {
            case PLAINTEXT -> arguments.add("--insecure");
            case SASL_SSL -> arguments.add("--tls-dir=" + tlsDir);
            case SASL_PLAINTEXT -> { }
        }
        this.command = Jars.java(List.of("-Xmx512m"), jar, Stream.concat(arguments.stream(), listeners.stream())
                .toList());
    }

    /** A client listener on {@code port} that tells its clients to connect on {@code advertisedPort}. */
    static String listener(int number, int port, int advertisedPort) {
        return "--listener=APP" + number + ":" + port + ":" + advertisedPort;
    }

    /** Starts the broker and waits until it answers; the first time, provisions it too. */
    void start(Deployment deployment, Duration within) {
        process.start(command, Map.of(KafkaMain.ADMIN_PASSWORD, adminPassword, KafkaMain.KEYSTORE_PASSWORD,
                keystorePassword));
        Path ca = security == Protocol.SASL_SSL ? tlsDir.resolve(Certificates.CA_CERTIFICATE) : null;
        KafkaAccess admin = security.authenticates()
                ? new KafkaAccess(bootstrapServers(), security, Principals.ADMIN, adminPassword, ca)
                : KafkaAccess.insecure(bootstrapServers());
        // over TLS a client trusts the CA the broker process writes as it starts: made once that is there
        await().atMost(within).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("kafka exited, see " + process.log(), () -> !process.isAlive())
                .until(() -> (ca == null || Files.isRegularFile(ca)) && answers(admin));
        if (access == null) {
            access = ClusterAccess.provision(admin, deployment, ClusterAccess.newPasswords(deployment));
        }
    }

    private static boolean answers(KafkaAccess admin) throws Exception {
        try (Admin client = Admin.create(admin.clientConfig())) {
            return client.describeCluster().nodes().get().size() == 1;
        }
    }

    /** Every principal's credentials; null until the first start. */
    ClusterAccess access() {
        return access;
    }

    Protocol security() {
        return security;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    ServiceProcess process() {
        return process;
    }
}
