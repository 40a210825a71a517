package io.tcckafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.broker.BrokerCertificates;
import io.tcckafka.provisioning.broker.Certificates;
import io.tcckafka.provisioning.broker.KafkaBroker;

/**
 * A real single-node KRaft broker in this JVM, on a free port, for one test class, secured as a deployment is
 * (SCRAM, ACLs, no anonymous access) and provisioned: its topics, a password for every principal, the ACLs.
 */
public final class TestBroker implements AutoCloseable {

    /** What the sandbox runs; a test starts the banks it needs of them. */
    public static final List<String> BANKS = List.of("bank-a", "bank-b", "bank-c");

    private final KafkaBroker broker;
    private final ClusterAccess access;

    private TestBroker(Deployment deployment, KafkaBroker.Security security) {
        broker = KafkaBroker.start(KafkaBroker.Settings.on(0, security));
        access = ClusterAccess.provision(broker.adminAccess(), deployment, ClusterAccess.newPasswords(deployment));
    }

    /** {@link #BANKS}, 3 partitions per topic. */
    public static TestBroker start() {
        return start(Deployment.of(BANKS).withPartitions(3));
    }

    public static TestBroker start(Deployment deployment) {
        return new TestBroker(deployment, KafkaBroker.Security.sasl(ClusterAccess.newPassword()));
    }

    /** SCRAM over TLS, as deployed: the broker's certificate signed by a CA made for it, which clients trust. */
    public static TestBroker startWithTls() {
        try {
            Path folder = Files.createTempDirectory("tcc-kafka-tls-");
            BrokerCertificates certificates = Certificates.inFolder(folder, ClusterAccess.newPassword(),
                    List.of("localhost", "127.0.0.1"));
            return new TestBroker(Deployment.of(BANKS).withPartitions(3),
                    KafkaBroker.Security.tls(ClusterAccess.newPassword(), certificates));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public ClusterAccess access() {
        return access;
    }

    public KafkaAccess as(String principal) {
        return access.as(principal);
    }

    /** What makes a service connect as {@code principal}. */
    public List<String> springArguments(String principal) {
        return as(principal).springArguments();
    }

    @Override
    public void close() {
        broker.close();
    }
}
