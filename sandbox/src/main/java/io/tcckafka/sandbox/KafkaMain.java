package io.tcckafka.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.tcckafka.provisioning.broker.Certificates;
import io.tcckafka.provisioning.broker.KafkaBroker;

/**
 * The sandbox's Kafka broker alone, as a process of its own, secured as the sandbox's:
 * {@code TCC_KAFKA_ADMIN_PASSWORD=… java -jar tcc-sandbox-exec.jar kafka --port=9092 --controller-port=9093
 * --data-dir=DIR [--listener=NAME:port:advertisedPort …] [--tls-dir=DIR] [--insecure]}. The super user
 * {@code admin} gets its password from the environment (so that no process list shows it); provision the broker
 * with {@code tcc-provision kafka}. With {@code --tls-dir} its listeners take TLS with the certificates there (made
 * if missing; keystore password {@code TCC_KAFKA_KEYSTORE_PASSWORD}). With the same data folder a restarted broker
 * keeps its topics, records, committed offsets, users and ACLs.
 */
public final class KafkaMain {

    public static final String ADMIN_PASSWORD = "TCC_KAFKA_ADMIN_PASSWORD";
    public static final String KEYSTORE_PASSWORD = "TCC_KAFKA_KEYSTORE_PASSWORD";

    private KafkaMain() {
    }

    static void main(List<String> args) throws InterruptedException {
        int port = 9092;
        int controllerPort = 9093;
        Path dataDir = Path.of("kafka-data");
        Path tlsDir = null;
        boolean insecure = false;
        List<KafkaBroker.Listener> listeners = new ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(value);
            } else if (arg.startsWith("--controller-port=")) {
                controllerPort = Integer.parseInt(value);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value);
            } else if (arg.startsWith("--tls-dir=")) {
                tlsDir = Path.of(value);
            } else if (arg.equals("--insecure")) {
                insecure = true;
            } else if (arg.startsWith("--listener=")) {
                String[] parts = value.split(":");
                listeners.add(new KafkaBroker.Listener(parts[0], Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2])));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (kafka takes --port=, "
                        + "--controller-port=, --data-dir=, --listener=NAME:port:advertisedPort, --tls-dir=, "
                        + "--insecure)");
            }
        }
        var broker = KafkaBroker.start(new KafkaBroker.Settings(port, controllerPort, dataDir, listeners,
                security(insecure, tlsDir)));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        System.out.println("Kafka serving on " + broker.bootstrapServers() + ", data in " + dataDir.toAbsolutePath());
        new CountDownLatch(1).await();
    }

    private static KafkaBroker.Security security(boolean insecure, Path tlsDir) {
        if (insecure) {
            return KafkaBroker.Security.insecure();
        }
        String admin = required(ADMIN_PASSWORD);
        if (tlsDir == null) {
            return KafkaBroker.Security.sasl(admin);
        }
        return KafkaBroker.Security.tls(admin, Certificates.inFolder(tlsDir, required(KEYSTORE_PASSWORD),
                List.of("localhost", "127.0.0.1")));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + variable + " (or give --insecure)");
        }
        return value;
    }
}
