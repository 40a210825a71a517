package io.tcckafka.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "watch", description = {
        "Prints each event of transfer.events as it comes: time, transfer, status, reason (Kafka, as the client "
                + "principal by default).",
        "Runs until Ctrl+C, --max events or --timeout; exit 4 when --timeout ends it before --max events came." })
final class WatchCommand extends ServiceCommand {

    @Option(names = "--kafka-config", paramLabel = "FILE", defaultValue = "${env:TCC_KAFKA_CONFIG}",
            description = "Kafka client settings (a properties file, as Kafka's console tools take); default "
                    + "client.properties of the credentials folder; env TCC_KAFKA_CONFIG")
    Path kafkaConfig;

    @Option(names = "--from-beginning", description = "every event the topic still holds, then the new ones")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "stop after N events")
    Integer max;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.class,
            description = "stop after this long (500ms, 30s, 2m)")
    Duration timeout;

    @Override
    public Integer call() {
        KafkaSettings settings = KafkaSettings.read(kafkaConfig != null ? kafkaConfig
                : connection.credentials().kafkaSettings("client"));
        CountDownLatch finished = new CountDownLatch(1);
        try (EventTail tail = new EventTail(settings)) {
            Thread stop = new Thread(() -> {
                tail.wakeup();
                awaitQuietly(finished);
            }, "tcc-watch-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                tail.start(fromBeginning);
                spec.commandLine().getErr().println("Watching " + Topics.TRANSFER_EVENTS + " at "
                        + settings.describe() + (fromBeginning ? ", from the beginning" : "") + "; Ctrl+C stops");
                spec.commandLine().getErr().flush();
                return follow(tail);
            } catch (WakeupException stopped) {
                return ExitCodes.OK;
            } finally {
                finished.countDown();
                removeQuietly(stop);
            }
        }
    }

    /** Prints events until {@code --max} of them, or {@code --timeout}: exit 4 when that ends it first. */
    private int follow(EventTail tail) {
        Instant deadline = timeout == null ? null : Instant.now().plus(timeout);
        int seen = 0;
        while (max == null || seen < max) {
            Duration left = deadline == null ? Duration.ofSeconds(1) : Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return max == null ? ExitCodes.OK : ExitCodes.IN_FLIGHT;
            }
            for (ConsumerRecord<String, String> record : tail.poll(min(left, Duration.ofSeconds(1)))) {
                print(record);
                if (max != null && ++seen >= max) {
                    break;
                }
            }
        }
        return ExitCodes.OK;
    }

    private void print(ConsumerRecord<String, String> record) {
        if (connection.json) {
            print(record.value());
            return;
        }
        try {
            print(EventLine.of(EventJson.read(record.value(), TransferEvent.class)));
        } catch (RuntimeException notAnEvent) {
            print(record.partition() + "@" + record.offset() + "  not a transfer event: " + notAnEvent.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for this command to finish
        }
    }
}
