package io.tcckafka.chaos;

import java.time.Duration;

import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.DatabaseServer;

/** Does a {@link Fault} to the cluster and undoes it: every process is running and every path healed after. */
final class FaultInjector {

    private static final Duration FAILPOINT_WITHIN = Duration.ofSeconds(30);

    private final Cluster cluster;

    FaultInjector(Cluster cluster) {
        this.cluster = cluster;
    }

    void inject(Fault fault) throws InterruptedException {
        String target = fault.target();
        switch (fault.kind()) {
            case KILL -> {
                cluster.kill(target);
                Thread.sleep(fault.lasting().toMillis());
                cluster.start(target);
            }
            case HALT_AT_FAILPOINT -> {
                try {
                    cluster.restartArmed(target, fault.failpoint());
                    cluster.awaitExit(target, FAILPOINT_WITHIN);
                } catch (RuntimeException haltedEarlyOrNeverReachedIt) {
                    cluster.kill(target);
                }
                cluster.start(target);
            }
            case PAUSE -> {
                cluster.pause(target);
                Thread.sleep(fault.lasting().toMillis());
                cluster.resume(target);
            }
            case CUT_DATABASE -> cluster.databaseLink(target).cut();
            case DATABASE_DOWN -> during(cluster.databaseLink(target)::down, fault.lasting(),
                    cluster.databaseLink(target)::heal);
            case FREEZE_KAFKA -> during(cluster.kafkaLink(target)::freeze, fault.lasting(),
                    cluster.kafkaLink(target)::heal);
            case CUT_KAFKA -> cluster.kafkaLink(target).cut();
            case KILL_BROKER -> {
                cluster.killKafka();
                cluster.startKafka();
            }
            case RESTART_DATABASE_SERVER -> DatabaseServer.restart();
        }
    }

    private static void during(Runnable breakIt, Duration lasting, Runnable healIt) throws InterruptedException {
        breakIt.run();
        try {
            Thread.sleep(lasting.toMillis());
        } finally {
            healIt.run();
        }
    }
}
