package io.tcckafka.launcher.load;

import java.util.List;
import java.util.Map;

/** What one load phase measured after its warm-up. */
public record LoadResult(String name, String shape, int warmupSeconds, int measuredSeconds, long sent,
        double committedPerSecond, double finishedPerSecond, LatencySummary latency, Map<String, Long> outcomes,
        long unfinished, List<LatencyTimeline.Second> timeline) {
}
