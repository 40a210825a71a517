package io.tcckafka.chaos;

import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.DatabaseServer;
import io.tcckafka.launcher.load.Delivery;
import io.tcckafka.launcher.load.LoadGenerator;
import io.tcckafka.launcher.load.LoadShape;
import io.tcckafka.launcher.load.ProgressLine;
import io.tcckafka.launcher.load.TccProtocol;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.sandbox.Promises;
import io.tcckafka.sandbox.StackClient;
import io.tcckafka.sandbox.TransferOutcome;
import io.tcckafka.testing.TopicProbe;

/**
 * Drives random transfers through a cluster for a while, injects the faults of the seed's schedule one after the
 * other, then lets everything settle and checks the promises.
 */
public final class ChaosRun {

    /** How long after the last fault every transfer must be terminal. */
    public static final Duration SETTLE_WITHIN = Duration.ofMinutes(5);
    private static final Duration QUIET_END = Duration.ofSeconds(15);

    /** @param restartDatabaseServer whether the schedule may restart the MariaDB server ({@link DatabaseServer}) */
    public record Settings(long seed, Duration duration, int transfersPerSecond, int accountsPerBank,
            boolean restartDatabaseServer) {
    }

    private final Cluster cluster;
    private final Settings settings;
    private final PrintStream out;

    public ChaosRun(Cluster cluster, Settings settings, PrintStream out) {
        this.cluster = cluster;
        this.settings = settings;
        this.out = out;
    }

    public ChaosReport run() throws InterruptedException {
        List<Fault> schedule = FaultSchedule.draw(settings.seed(), settings.duration(), QUIET_END,
                cluster.instances(), settings.restartDatabaseServer());
        String runId = "chaos-" + settings.seed() + "-" + Long.toString(System.currentTimeMillis(), 36);
        try (var client = new StackClient(cluster.access(), cluster::baseUrl);
                var probe = new TopicProbe(cluster.access().kafka(), List.of(Topics.TRANSFER_EVENTS))) {
            Promises ledger = new Promises(client);
            List<AccountRef> accounts = new ArrayList<>();
            for (int i = 0; i < settings.accountsPerBank(); i++) {
                accounts.add(ledger.open(Cluster.BANK_A, runId + "-a" + i, "1000.00"));
                accounts.add(ledger.open(Cluster.BANK_B, runId + "-b" + i, "1000.00"));
            }
            out.printf("chaos run %s: seed %d, %s, %d transfers/s, %d faults scheduled%n", runId, settings.seed(),
                    settings.duration(), settings.transfersPerSecond(), schedule.size());

            List<Fault> injected = new ArrayList<>();
            var transfers = new RandomTransfers(accounts, settings.seed());
            try (var load = new LoadGenerator(cluster.access().kafka().as(Principals.CLIENT).clientConfig(),
                    new TccProtocol(transfers), LoadShape.open(settings.transfersPerSecond()),
                    Delivery.UNTIL_ACKNOWLEDGED, ProgressLine.silent())) {
                long start = System.nanoTime();
                load.start("chaos", runId, Duration.ZERO, settings.duration());
                for (Fault fault : schedule) {
                    if (Duration.ofNanos(System.nanoTime() - start).plus(QUIET_END).compareTo(settings.duration()) > 0) {
                        out.println("  (no time left for the rest of the schedule: faults took longer than planned)");
                        break;
                    }
                    sleepUntil(start, fault.at());
                    out.println("  " + fault);
                    new FaultInjector(cluster).inject(fault);
                    injected.add(fault);
                }
                load.awaitResult();
            }
            List<TransferRequest> sent = transfers.made();
            out.printf("load stopped after %d transfers; waiting up to %s for every one to finish%n", sent.size(),
                    SETTLE_WITHIN);
            Map<String, TransferOutcome> outcomes = settle(client, sent);
            List<String> broken = new ArrayList<>(ledger.brokenPromises(sent));
            broken.addAll(Promises.brokenEventPromises(probe.records(Topics.TRANSFER_EVENTS).stream()
                    .filter(r -> r.key() != null && r.key().startsWith(runId))
                    .map(ConsumerRecord::value).toList()));
            return new ChaosReport(settings, injected, sent.size(), outcomes, broken);
        }
    }

    /** Waits for every transfer to be terminal, asking only about those that were not yet; returns the last word. */
    private Map<String, TransferOutcome> settle(StackClient client, List<TransferRequest> sent) {
        Map<String, TransferOutcome> outcomes = new HashMap<>();
        Set<String> pending = new HashSet<>(sent.stream().map(TransferRequest::transferId).toList());
        long start = System.nanoTime();
        try {
            await().atMost(SETTLE_WITHIN).pollInterval(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
                out.printf("  %3ds: %d not terminal yet%n", (System.nanoTime() - start) / 1_000_000_000L,
                        pending.size());
                for (var ids = pending.iterator(); ids.hasNext();) {
                    String id = ids.next();
                    TransferOutcome outcome = client.outcome(id);
                    outcomes.put(id, outcome);
                    if (outcome != null && outcome.status().isTerminal()) {
                        ids.remove();
                    }
                }
                return pending.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            // the transfers still pending are reported as broken promises
        }
        return outcomes;
    }

    private static void sleepUntil(long startNanos, Duration offset) throws InterruptedException {
        long wait = startNanos + offset.toNanos() - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
        }
    }
}
