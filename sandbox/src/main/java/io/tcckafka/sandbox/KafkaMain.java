package io.tcckafka.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox's Kafka broker alone, as a process of its own:
 * {@code java -jar tcc-sandbox-exec.jar kafka --port=9092 --controller-port=9093 --data-dir=DIR
 * [--listener=NAME:port:advertisedPort ...]}. With the same data folder a restarted broker keeps its topics,
 * records and committed offsets.
 */
final class KafkaMain {

    private KafkaMain() {
    }

    static void main(List<String> args) throws InterruptedException {
        int port = 9092;
        int controllerPort = 9093;
        Path dataDir = Path.of("kafka-data");
        List<KafkaBroker.Listener> listeners = new ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--port=")) {
                port = Integer.parseInt(value);
            } else if (arg.startsWith("--controller-port=")) {
                controllerPort = Integer.parseInt(value);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value);
            } else if (arg.startsWith("--listener=")) {
                String[] parts = value.split(":");
                listeners.add(new KafkaBroker.Listener(parts[0], Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2])));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + " (kafka takes --port=, "
                        + "--controller-port=, --data-dir=, --listener=NAME:port:advertisedPort)");
            }
        }
        var broker = KafkaBroker.start(new KafkaBroker.Settings(port, controllerPort, dataDir, listeners));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        System.out.println("Kafka serving on " + broker.bootstrapServers() + ", data in " + dataDir.toAbsolutePath());
        new CountDownLatch(1).await();
    }
}
