package io.tcckafka.provisioning;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.convert.DurationStyle;

import io.tcckafka.kafka.CommandTopicRetention;
import io.tcckafka.provisioning.broker.BrokerCertificates;
import io.tcckafka.provisioning.broker.Certificates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar tcc-provision.jar kafka …} brings a cluster to what a deployment needs (topics, SCRAM users,
 * ACLs); {@code … certificates …} makes a CA and a broker certificate. See docs/security.md.
 */
@Command(name = "tcc-provision", mixinStandardHelpOptions = true, subcommands = {
        ProvisionMain.Kafka.class, ProvisionMain.MakeCertificates.class },
        description = "Provisions the Kafka of a tcc-kafka deployment. See docs/security.md.")
public final class ProvisionMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProvisionMain()).execute(args));
    }

    @Command(name = "kafka", mixinStandardHelpOptions = true, description = {
            "Creates the topics, sets the SCRAM-SHA-512 credentials and adds the ACLs a deployment needs, as the super "
                    + "user. Safe to run again; deletes nothing.",
            "A principal's password is read from TCC_KAFKA_PASSWORD_<PRINCIPAL> (e.g. TCC_KAFKA_PASSWORD_BANK_A); "
                    + "a principal without one keeps the credentials it has." })
    static final class Kafka implements Callable<Integer> {

        @Option(names = "--bootstrap-server", required = true, description = "host:port of a broker")
        String bootstrapServer;

        @Option(names = "--command-config", required = true,
                description = "Kafka client settings of the super user (admin), as for Kafka's own tools")
        Path commandConfig;

        @Option(names = "--banks", required = true, split = ",", description = "the banks, e.g. bank-a,bank-b")
        List<String> banks;

        @Option(names = "--clients", split = ",", defaultValue = Principals.CLIENT,
                description = "client principals (default: ${DEFAULT-VALUE})")
        List<String> clients;

        @Option(names = "--operators", split = ",", defaultValue = Principals.OPERATOR,
                description = "operator principals (default: ${DEFAULT-VALUE})")
        List<String> operators;

        @Option(names = "--partitions", defaultValue = "6", description = "of every topic (default: ${DEFAULT-VALUE})")
        int partitions;

        @Option(names = "--replication-factor", defaultValue = "1",
                description = "of every topic: 3 on a real cluster (default: ${DEFAULT-VALUE})")
        short replicationFactor;

        @Option(names = "--min-insync-replicas", defaultValue = "1",
                description = "of every topic: 2 with 3 replicas (default: ${DEFAULT-VALUE})")
        int minInsyncReplicas;

        @Option(names = "--command-retention", defaultValue = "7d",
                description = "retention.ms of the bank command topics (default: ${DEFAULT-VALUE})")
        String commandRetention;

        @Option(names = "--command-segment", defaultValue = "1h",
                description = "segment.ms of the bank command topics (default: ${DEFAULT-VALUE})")
        String commandSegment;

        @Override
        public Integer call() throws IOException {
            var deployment = new Deployment(banks, clients, operators, partitions, replicationFactor,
                    minInsyncReplicas, new CommandTopicRetention(duration(commandRetention), duration(commandSegment)));
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String principal : deployment.principals()) {
                String password = System.getenv(Principals.passwordVariable(principal));
                if (password == null || password.isBlank()) {
                    System.out.println("no " + Principals.passwordVariable(principal) + ": the credentials of "
                            + principal + " are left as they are");
                } else {
                    passwords.put(principal, password);
                }
            }
            Properties config = new Properties();
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                config.load(reader);
            }
            config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServer);
            try (Admin admin = Admin.create(config)) {
                Provisioner.apply(admin, deployment, passwords).forEach(System.out::println);
            }
            return 0;
        }

        private static Duration duration(String value) {
            return DurationStyle.detectAndParse(value);
        }
    }

    @Command(name = "certificates", mixinStandardHelpOptions = true, description = {
            "Makes a private CA (ca.p12, ca.pem) and a broker key and certificate signed by it (broker.p12), with "
                    + "keytool. Clients trust ca.pem. Leaves certificates that are there already.",
            "The keystores' password is read from TCC_KAFKA_KEYSTORE_PASSWORD." })
    static final class MakeCertificates implements Callable<Integer> {

        static final String PASSWORD_VARIABLE = "TCC_KAFKA_KEYSTORE_PASSWORD";

        @Option(names = "--dir", required = true, description = "where to write them")
        Path dir;

        @Option(names = "--hostname", defaultValue = "localhost", split = ",",
                description = "the names (and IPs) clients reach the broker by; the first is its CN "
                        + "(default: ${DEFAULT-VALUE})")
        List<String> hostnames;

        @Override
        public Integer call() {
            String password = System.getenv(PASSWORD_VARIABLE);
            if (password == null || password.length() < 6) {
                System.err.println("set " + PASSWORD_VARIABLE + " (at least 6 characters, keytool's minimum)");
                return 2;
            }
            BrokerCertificates certificates = Certificates.inFolder(dir, password, hostnames);
            System.out.println("broker keystore " + certificates.keystore() + ", clients trust "
                    + certificates.caCertificate());
            return 0;
        }
    }
}
