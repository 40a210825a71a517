package io.tcckafka.sandbox;

import java.util.List;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * Kafka and MySQL 8 in containers, the images compose.yaml deploys. MySQL runs compose's init script, so each
 * service finds the database compose gives it: {@code orchestrator}, {@code bank_a}, {@code bank_b}.
 */
final class ContainerInfrastructure implements Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MYSQL_IMAGE = "mysql:8.4";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final MySQLContainer mysql = new MySQLContainer(MYSQL_IMAGE)
            .withCommand("--default-time-zone=+00:00")
            .withCopyFileToContainer(MountableFile.forHostPath(ProjectFiles.path("compose/mysql-init.sql")),
                    "/docker-entrypoint-initdb.d/tcc-init.sql");

    ContainerInfrastructure() {
        Startables.deepStart(kafka, mysql).join();
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
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
