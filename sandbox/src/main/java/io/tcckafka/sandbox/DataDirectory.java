package io.tcckafka.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.provisioning.broker.BrokerCertificates;
import io.tcckafka.provisioning.broker.Certificates;
import io.tcckafka.security.OwnerOnlyFiles;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * What the sandbox keeps between runs, in one folder, made at the first start:
 * <pre>
 * credentials/  client.properties, operator.properties,  Kafka client settings, for Kafka's tools or a Java client,
 *               orchestrator.properties                   the last for the conformance kit
 *               http-users.properties                     client=, operator=, admin=  user:password
 *               kafka-users.properties                    every Kafka principal's password (the services' too)
 * tls/          the CA and the broker's certificate       with --tls
 * kafka/        the broker's logs
 * db/           each service's database (H2 files)
 * </pre>
 * Secrets are generated once and readable by their owner alone.
 */
final class DataDirectory {

    private static final String KAFKA_USERS = "kafka-users.properties";
    private static final String HTTP_USERS = "http-users.properties";
    private static final String KEYSTORE_PASSWORD = "keystore";

    private final Path root;
    private final boolean fresh;

    private DataDirectory(Path root, boolean fresh) {
        this.root = root;
        this.fresh = fresh;
    }

    static DataDirectory open(Path root) {
        boolean fresh = !Files.exists(root.resolve("credentials").resolve(KAFKA_USERS));
        try {
            Files.createDirectories(root.resolve("credentials"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data folder " + root, e);
        }
        return new DataDirectory(root, fresh);
    }

    /** Nothing was kept here before this start. */
    boolean fresh() {
        return fresh;
    }

    Path root() {
        return root;
    }

    Path credential(String file) {
        return root.resolve("credentials").resolve(file);
    }

    Path kafkaLogs() {
        return root.resolve("kafka");
    }

    Path databases() {
        return root.resolve("db");
    }

    /** The super user's and every principal's SCRAM password: kept, or made now for whoever has none yet. */
    Map<String, String> kafkaPasswords(Deployment deployment) {
        Map<String, String> passwords = read(credential(KAFKA_USERS));
        boolean added = false;
        for (String principal : concat(Principals.ADMIN, deployment.principals(), KEYSTORE_PASSWORD)) {
            if (!passwords.containsKey(principal)) {
                passwords.put(principal, ClusterAccess.newPassword());
                added = true;
            }
        }
        if (added) {
            StringBuilder text = new StringBuilder("# The SCRAM-SHA-512 password of every Kafka principal, the "
                    + "services' included, and the TLS keystores'. Only the sandbox needs this file.\n");
            passwords.forEach((name, password) -> text.append(name).append('=').append(password).append('\n'));
            OwnerOnlyFiles.write(credential(KAFKA_USERS), text.toString());
        }
        return passwords;
    }

    /** The HTTP users, one per role: kept, or made now. */
    Path httpUsers() {
        Path file = credential(HTTP_USERS);
        if (!Files.exists(file)) {
            Map<String, UsersFile.User> users = new LinkedHashMap<>();
            for (String role : List.of(Roles.CLIENT, Roles.OPERATOR, Roles.ADMIN)) {
                users.put(role, new UsersFile.User(role, role, ClusterAccess.newPassword()));
            }
            UsersFile.write(file, users);
        }
        return file;
    }

    BrokerCertificates certificates(String password) {
        return Certificates.inFolder(root.resolve("tls"), password, List.of("localhost", "127.0.0.1"));
    }

    static String keystorePassword(Map<String, String> kafkaPasswords) {
        return kafkaPasswords.get(KEYSTORE_PASSWORD);
    }

    /**
     * client.properties, operator.properties and orchestrator.properties (for the conformance kit), as Kafka's console
     * tools take them (rewritten at each start).
     */
    void writeClientSettings(ClusterAccess kafka) {
        for (String principal : List.of(Principals.CLIENT, Principals.OPERATOR, Principals.ORCHESTRATOR)) {
            OwnerOnlyFiles.write(credential(principal + ".properties"), kafka.as(principal).propertiesFile());
        }
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        properties.stringPropertyNames().stream().sorted().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    private static List<String> concat(String first, List<String> middle, String last) {
        var all = new java.util.ArrayList<String>();
        all.add(first);
        all.addAll(middle);
        all.add(last);
        return all;
    }
}
