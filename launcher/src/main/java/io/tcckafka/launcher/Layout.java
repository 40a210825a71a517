package io.tcckafka.launcher;

import java.util.List;

import io.tcckafka.provisioning.KafkaAccess.Protocol;

/**
 * What a {@link Cluster} runs: how many instances of the orchestrator and of bank-a, their settings, the options
 * of their JVMs, whether their paths to the broker and the database go through {@link Link}s, and the security of
 * the broker's listeners: SCRAM (as tests run), SCRAM over TLS (as deployed), or none (the benchmark's
 * {@code --insecure}, to measure what security costs).
 */
public record Layout(int orchestrators, int bankAInstances, List<String> appArguments, List<String> jvmOptions,
        boolean proxied, Protocol security) {

    /** JVM options for the applications of a test: small and quick to start rather than fast. */
    public static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Settings that make deadlines, retries and consumer failover fast enough to watch in a test. */
    public static final List<String> QUICK = List.of(
            "--tcc.orchestrator.try-timeout=4s",
            "--tcc.orchestrator.retry-initial=1s",
            "--tcc.orchestrator.retry-max=15s",
            "--tcc.orchestrator.timer-interval=200ms",
            "--spring.kafka.consumer.properties.session.timeout.ms=6000",
            "--spring.kafka.consumer.properties.heartbeat.interval.ms=1500",
            "--spring.kafka.consumer.properties.max.poll.interval.ms=15000",
            "--spring.kafka.consumer.max-poll-records=50",
            "--spring.datasource.hikari.connection-timeout=5000",
            "--logging.level.org.apache.kafka=WARN");

    /** A test's layout: small JVMs, every path through its links, SCRAM. */
    public Layout(int orchestrators, int bankAInstances, List<String> appArguments) {
        this(orchestrators, bankAInstances, appArguments, TEST_JVM, true, Protocol.SASL_PLAINTEXT);
    }
}
