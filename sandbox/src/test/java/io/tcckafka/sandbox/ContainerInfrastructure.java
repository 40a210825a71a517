package io.tcckafka.sandbox;

import java.util.List;
import java.util.Map;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.MountableFile;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestUsers;

/**
 * Kafka and MySQL 8 in containers, the images compose.yaml deploys. MySQL runs compose's init script, so each
 * service finds the database compose gives it: {@code orchestrator}, {@code bank_a}, {@code bank_b}. The HTTP side is
 * secured as everywhere; the Kafka container is not (Testcontainers' {@code KafkaContainer} starts it with plaintext
 * listeners): the topics are provisioned, but no principal or ACL is, and the services connect as nobody.
 */
final class ContainerInfrastructure implements Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MYSQL_IMAGE = "mysql:8.4";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MySQLContainer mysql = new MySQLContainer(MYSQL_IMAGE)
            .withCommand("--default-time-zone=+00:00")
            .withEnv(Map.of("ORCHESTRATOR_DB_PASSWORD", "orchestrator-secret", "BANK_A_DB_PASSWORD", "bank-a-secret",
                    "BANK_B_DB_PASSWORD", "bank-b-secret"))
            .withCopyFileToContainer(MountableFile.forHostPath(ProjectFiles.path("compose/mysql-init.sh"), 0755),
                    "/docker-entrypoint-initdb.d/tcc-init.sh");

    private final TestUsers users = TestUsers.create();
    private final ClusterAccess cluster;

    ContainerInfrastructure() {
        Startables.deepStart(kafka, mysql).join();
        Deployment deployment = Deployment.of(TestBroker.BANKS);
        cluster = ClusterAccess.provision(KafkaAccess.insecure(kafka.getBootstrapServers()), deployment, Map.of());
    }

    @Override
    public StackAccess access() {
        return StackAccess.secure(cluster, users.file());
    }

    /** As root, whose password the container sets to the test user's. */
    @Override
    public List<String> databaseArguments(String service) {
        String url = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(MySQLContainer.MYSQL_PORT) + "/"
                + service.replace('-', '_') + "?allowPublicKeyRetrieval=true";
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=" + mysql.getPassword());
    }

    @Override
    public void close() {
        mysql.close();
        kafka.close();
    }
}
