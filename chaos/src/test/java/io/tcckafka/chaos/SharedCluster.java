package io.tcckafka.chaos;

import java.nio.file.Path;
import java.util.List;

import io.tcckafka.events.Topics;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.Layout;
import io.tcckafka.sandbox.StackClient;
import io.tcckafka.testing.TopicProbe;

/**
 * One cluster of processes for every fault test in this JVM, started by the first test that needs it and stopped
 * when the JVM ends: the broker, the orchestrator, two instances of bank-a (so one can take over from the other)
 * and bank-b. Each test opens accounts of its own and leaves every process running when it is done.
 */
final class SharedCluster {

    static final Layout LAYOUT = new Layout(1, 2, Layout.QUICK);

    private static Cluster cluster;
    private static StackClient client;
    private static TopicProbe probe;

    private SharedCluster() {
    }

    static synchronized Cluster cluster() {
        if (cluster == null) {
            Path projectDir = Path.of(System.getProperty("tcc.project.dir", ".."));
            Path workDir = Path.of("target", "cluster-" + System.currentTimeMillis());
            cluster = Cluster.start(projectDir, workDir, LAYOUT);
            client = new StackClient(cluster.access(), cluster::baseUrl);
            probe = new TopicProbe(cluster.access().kafka(), List.of(Topics.TRANSFER_EVENTS,
                    Topics.bankCommands(Cluster.BANK_A), Topics.bankCommands(Cluster.BANK_B)));
            Runtime.getRuntime().addShutdownHook(new Thread(SharedCluster::stop, "cluster-shutdown"));
        }
        return cluster;
    }

    static StackClient client() {
        cluster();
        return client;
    }

    static TopicProbe probe() {
        cluster();
        return probe;
    }

    private static synchronized void stop() {
        probe.close();
        client.close();
        cluster.close();
    }
}
