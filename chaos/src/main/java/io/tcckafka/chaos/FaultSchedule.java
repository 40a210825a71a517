package io.tcckafka.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.tcckafka.launcher.Cluster;

/**
 * The faults of a chaos run, drawn in advance from its seed: the same seed, duration and instances give the same
 * faults, at the same offsets, against the same targets.
 */
public final class FaultSchedule {

    private static final List<String> ORCHESTRATOR_FAILPOINTS = List.of(
            "orchestrator.reply-before-commit", "orchestrator.reply-before-commit~CONFIRM",
            "orchestrator.reply-before-commit~CANCEL", "relay.before-send", "relay.before-send~CONFIRM",
            "relay.after-send", "relay.after-send~CANCEL");
    private static final List<String> BANK_FAILPOINTS = List.of(
            "bank.before-apply", "bank.after-commit", "bank.after-commit~TRY", "bank.after-commit~CONFIRM",
            "bank.after-commit~CANCEL");

    private FaultSchedule() {
    }

    /**
     * @param quiet                 how long before the end no fault starts, so that the last one is over when the
     *                              load stops
     * @param restartDatabaseServer whether the MariaDB server itself may be restarted
     */
    public static List<Fault> draw(long seed, Duration duration, Duration quiet, List<String> instances,
            boolean restartDatabaseServer) {
        Random random = new Random(seed);
        List<Fault.Kind> kinds = Arrays.stream(Fault.Kind.values())
                .filter(kind -> restartDatabaseServer || kind != Fault.Kind.RESTART_DATABASE_SERVER).toList();
        List<Fault> faults = new ArrayList<>();
        Duration at = Duration.ofMillis(random.nextLong(3_000, 8_000));
        while (at.plus(quiet).compareTo(duration) < 0) {
            Fault.Kind kind = kinds.get(random.nextInt(kinds.size()));
            String target = switch (kind) {
                case KILL_BROKER -> Cluster.KAFKA;
                case RESTART_DATABASE_SERVER -> "mariadb";
                default -> instances.get(random.nextInt(instances.size()));
            };
            Duration lasting = Duration.ofMillis(random.nextLong(2_000, 12_000));
            String failpoint = null;
            if (kind == Fault.Kind.HALT_AT_FAILPOINT) {
                List<String> candidates = target.startsWith(Cluster.ORCHESTRATOR) ? ORCHESTRATOR_FAILPOINTS
                        : BANK_FAILPOINTS;
                failpoint = candidates.get(random.nextInt(candidates.size()));
            }
            faults.add(new Fault(at, kind, target, lasting, failpoint));
            at = at.plus(lasting).plusMillis(random.nextLong(2_000, 10_000));
        }
        return faults;
    }
}
