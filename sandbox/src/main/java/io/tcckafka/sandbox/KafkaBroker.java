package io.tcckafka.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) started from the Kafka server jars. By default
 * on a port of your choosing with its logs in a temporary folder removed on close; {@link Settings} can keep the
 * logs in a folder that survives a restart and add listeners that clients reach through a proxy.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    /**
     * @param dataDir   where the logs live; formatted on first use, reused after that; null for a temporary folder
     * @param listeners more client listeners, each advertised at an address of its own (a proxy in front of it)
     */
    public record Settings(int port, int controllerPort, Path dataDir, List<Listener> listeners) {
    }

    /** A client listener on {@code port} whose clients are told to connect to {@code advertisedPort}. */
    public record Listener(String name, int port, int advertisedPort) {
    }

    private final Path logDir;
    private final boolean temporary;
    private final int port;
    private final KafkaRaftServer server;

    private KafkaBroker(Settings settings) throws Exception {
        this.temporary = settings.dataDir() == null;
        this.logDir = temporary ? Files.createTempDirectory("tcc-kafka-") : Files.createDirectories(settings.dataDir());
        this.port = settings.port();
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + settings.controllerPort());
        config.put("controller.listener.names", CONTROLLER);
        StringBuilder listeners = new StringBuilder("PLAINTEXT://localhost:" + port + "," + CONTROLLER
                + "://localhost:" + settings.controllerPort());
        StringBuilder advertised = new StringBuilder("PLAINTEXT://localhost:" + port);
        StringBuilder protocols = new StringBuilder("PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        for (Listener listener : settings.listeners()) {
            listeners.append(',').append(listener.name()).append("://localhost:").append(listener.port());
            advertised.append(',').append(listener.name()).append("://localhost:").append(listener.advertisedPort());
            protocols.append(',').append(listener.name()).append(":PLAINTEXT");
        }
        config.put("listeners", listeners.toString());
        config.put("advertised.listeners", advertised.toString());
        config.put("listener.security.protocol.map", protocols.toString());
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        }
        this.server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
    }

    /** Formats a fresh temporary log folder and starts the broker; returns once it accepts connections. */
    public static KafkaBroker start(int port) {
        return start(new Settings(port == 0 ? freePort() : port, freePort(), null, List.of()));
    }

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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
