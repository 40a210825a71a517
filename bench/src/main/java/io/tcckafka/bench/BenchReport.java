package io.tcckafka.bench;

import java.util.List;

import io.tcckafka.launcher.load.LatencySummary;
import io.tcckafka.launcher.load.LoadResult;

/**
 * Everything one run measured, as written to results.json. {@code backlogDrainedSeconds}: how long the services took,
 * after the TCC load, to read what was left on their topics before the baselines ran (null: not within the limit).
 */
record BenchReport(String startedAt, int cores, String stack, String skew, int accounts, LoadResult tcc,
        LoadResult localTransfer, LoadResult kafkaRoundTrip, Double tccToLocalRatio,
        DatabaseCounters.PerTransfer databasePerTransfer, List<ResourceUsage> processes,
        Long backlogDrainedSeconds) {

    static Double ratio(LoadResult tcc, LoadResult local) {
        if (tcc == null || local == null || local.committedPerSecond() == 0) {
            return null;
        }
        return Math.round(tcc.committedPerSecond() / local.committedPerSecond() * 1000) / 1000d;
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        for (LoadResult result : new LoadResult[] {tcc, localTransfer, kafkaRoundTrip}) {
            if (result != null) {
                LatencySummary l = result.latency();
                text.append(String.format("%-16s %-28s %8.1f committed/s   p50 %7.1f  p95 %7.1f  p99 %7.1f  "
                        + "p99.9 %7.1f  max %7.1f ms   %s%n", result.name(), result.shape(),
                        result.committedPerSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), l.p999Ms(), l.maxMs(),
                        result.outcomes()));
            }
        }
        text.append("TCC / local transfer: ").append(tccToLocalRatio).append('\n');
        if (databasePerTransfer != null) {
            text.append(String.format("database per committed transfer: %.2f statements, %.2f row writes, %,d bytes of "
                    + "redo log   %s%n", databasePerTransfer.statements(), databasePerTransfer.rowWrites(),
                    databasePerTransfer.redoBytes(), databasePerTransfer.counters()));
        }
        for (ResourceUsage usage : processes) {
            text.append(String.format("%-40s CPU mean %5.2f max %5.2f cores   JIT %s   heap mean %s max %s MB%n",
                    usage.name(), usage.cpuMeanCores(), usage.cpuMaxCores(), usage.jitCores(), usage.heapMeanMb(),
                    usage.heapMaxMb()));
        }
        return text.toString();
    }
}
