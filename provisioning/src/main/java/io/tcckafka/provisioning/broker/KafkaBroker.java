package io.tcckafka.provisioning.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.provisioning.Principals;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) started from the Kafka server jars, secured the
 * way a deployment is: every client listener authenticates with SCRAM-SHA-512 (over TLS with
 * {@link Security#tls}), the StandardAuthorizer denies what no ACL allows, {@code admin} is the only super user, and
 * the controller's listener takes only {@code admin} (SASL PLAIN). {@link Security#insecure()} turns all of that off.
 * <p>
 * By default on a port of your choosing with its logs in a temporary folder removed on close; {@link Settings} can
 * keep the logs in a folder that survives a restart and add listeners that clients reach through a proxy. Nothing
 * is provisioned here: see {@link io.tcckafka.provisioning.Provisioner}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLIENT = "CLIENT";
    private static final String CONTROLLER = "CONTROLLER";
    private static final String SCRAM = KafkaAccess.MECHANISM;

    /**
     * @param dataDir   where the logs live; formatted on first use, reused after that; null for a temporary folder
     * @param listeners more client listeners, each advertised at an address of its own (a proxy in front of it)
     */
    public record Settings(int port, int controllerPort, Path dataDir, List<Listener> listeners, Security security) {

        /** On {@code port} (0: any free one), logs in a temporary folder. */
        public static Settings on(int port, Security security) {
            Ports ports = new Ports(port == 0 ? List.of() : List.of(port));
            return new Settings(port == 0 ? ports.next() : port, ports.next(), null, List.of(), security);
        }
    }

    /** A client listener on {@code port} whose clients are told to connect to {@code advertisedPort}. */
    public record Listener(String name, int port, int advertisedPort) {
    }

    /**
     * @param protocol      of every client listener
     * @param adminPassword of the super user {@code admin}: SCRAM on the client listeners (added to the metadata
     *                      when the logs are formatted), PLAIN on the controller's
     * @param certificates  the broker's key and certificate, for {@link Protocol#SASL_SSL}
     */
    public record Security(Protocol protocol, String adminPassword, BrokerCertificates certificates) {

        public static Security insecure() {
            return new Security(Protocol.PLAINTEXT, null, null);
        }

        public static Security sasl(String adminPassword) {
            return new Security(Protocol.SASL_PLAINTEXT, adminPassword, null);
        }

        public static Security tls(String adminPassword, BrokerCertificates certificates) {
            return new Security(Protocol.SASL_SSL, adminPassword, certificates);
        }
    }

    private final Path logDir;
    private final boolean temporary;
    private final int port;
    private final Security security;
    private final KafkaRaftServer server;

    private KafkaBroker(Settings settings) throws Exception {
        this.temporary = settings.dataDir() == null;
        this.logDir = temporary ? Files.createTempDirectory("tcc-kafka-") : Files.createDirectories(settings.dataDir());
        this.port = settings.port();
        this.security = settings.security();
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + settings.controllerPort());
        config.put("controller.listener.names", CONTROLLER);
        List<Listener> clients = new ArrayList<>(List.of(new Listener(CLIENT, port, port)));
        clients.addAll(settings.listeners());
        listeners(config, clients, settings.controllerPort());
        config.put("inter.broker.listener.name", CLIENT);
        if (security.protocol().authenticates()) {
            secure(config, clients);
        }
        config.put("log.dirs", logDir.toString());
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format();
        }
        this.server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
    }

    /** Starts the broker; returns once it accepts connections. */
    public static KafkaBroker start(Settings settings) {
        try {
            return new KafkaBroker(settings);
        } catch (Exception e) {
            throw new IllegalStateException("could not start Kafka on port " + settings.port(), e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** How the super user reaches this broker: to provision it. */
    public KafkaAccess adminAccess() {
        return access(Principals.ADMIN, security.adminPassword());
    }

    /** How a principal reaches this broker with its password (ignored when the broker is insecure). */
    public KafkaAccess access(String username, String password) {
        if (!security.protocol().authenticates()) {
            return KafkaAccess.insecure(bootstrapServers());
        }
        return new KafkaAccess(bootstrapServers(), security.protocol(), username, password,
                security.certificates() == null ? null : security.certificates().caCertificate());
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void listeners(Properties config, List<Listener> clients, int controllerPort) {
        String protocol = security.protocol().name();
        String controllerProtocol = security.protocol().authenticates() ? "SASL_PLAINTEXT" : "PLAINTEXT";
        List<String> listeners = new ArrayList<>();
        List<String> advertised = new ArrayList<>();
        List<String> protocols = new ArrayList<>();
        for (Listener listener : clients) {
            listeners.add(listener.name() + "://localhost:" + listener.port());
            advertised.add(listener.name() + "://localhost:" + listener.advertisedPort());
            protocols.add(listener.name() + ":" + protocol);
        }
        listeners.add(CONTROLLER + "://localhost:" + controllerPort);
        protocols.add(CONTROLLER + ":" + controllerProtocol);
        config.put("listeners", String.join(",", listeners));
        config.put("advertised.listeners", String.join(",", advertised));
        config.put("listener.security.protocol.map", String.join(",", protocols));
    }

    private void secure(Properties config, List<Listener> clients) {
        String admin = Principals.ADMIN;
        String password = security.adminPassword();
        config.put("sasl.enabled.mechanisms", SCRAM);
        config.put("sasl.mechanism.inter.broker.protocol", SCRAM);
        for (Listener listener : clients) {
            config.put("listener.name." + listener.name().toLowerCase(Locale.ROOT) + ".scram-sha-512.sasl.jaas.config",
                    KafkaAccess.jaasConfig(admin, password));
        }
        // the controller's listener: only the broker half of this node connects to it, as admin
        config.put("sasl.mechanism.controller.protocol", "PLAIN");
        config.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        config.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin
                        + "\" password=\"" + password + "\" user_" + admin + "=\"" + password + "\";");
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("super.users", "User:" + admin);
        config.put("allow.everyone.if.no.acl.found", "false");
        if (security.protocol() == Protocol.SASL_SSL) {
            BrokerCertificates certificates = security.certificates();
            config.put("ssl.keystore.type", "PKCS12");
            config.put("ssl.keystore.location", certificates.keystore().toString());
            config.put("ssl.keystore.password", certificates.password());
            config.put("ssl.truststore.type", "PEM");
            config.put("ssl.truststore.location", certificates.caCertificate().toString());
        }
    }

    private void format() throws Exception {
        var formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
        if (security.protocol().authenticates()) {
            // the super user exists before the first start, as kafka-storage.sh format --add-scram makes it
            formatter.setScramArguments(List.of(SCRAM + "=[name=" + Principals.ADMIN + ",password="
                    + security.adminPassword() + "]"));
        }
        formatter.run();
    }
}
