package io.tcckafka.chaos;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.tcckafka.sandbox.TransferOutcome;

/** What a chaos run did and found: the faults, the transfers by outcome, and the promises it saw broken. */
public record ChaosReport(ChaosRun.Settings settings, List<Fault> faults, int transfers,
        Map<String, TransferOutcome> outcomes, List<String> broken) {

    public boolean promisesKept() {
        return broken.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder report = new StringBuilder();
        report.append("Chaos report: seed ").append(settings.seed()).append(", ").append(settings.duration())
                .append(", ").append(settings.transfersPerSecond()).append(" transfers/s\n");
        report.append("Faults injected: ").append(faults.size()).append('\n');
        faults.stream().collect(Collectors.groupingBy(Fault::kind, TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> report.append("  ").append(kind).append(' ').append(count).append('\n'));
        faults.forEach(fault -> report.append("    ").append(fault).append('\n'));
        report.append("Transfers: ").append(transfers).append('\n');
        outcomes.values().stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(o -> o.status() + (o.reason() == null ? "" : " " + o.reason()),
                        TreeMap::new, Collectors.counting()))
                .forEach((outcome, count) -> report.append("  ").append(outcome).append(' ').append(count)
                        .append('\n'));
        if (broken.isEmpty()) {
            report.append("Invariants: all held\n");
        } else {
            report.append("Invariants: ").append(broken.size()).append(" broken; the first: ").append(broken.get(0))
                    .append('\n');
            broken.stream().skip(1).limit(20).forEach(line -> report.append("  ").append(line).append('\n'));
        }
        return report.toString();
    }
}
