package io.tcckafka.bench;

/**
 * CPU in cores (1.0 = one core busy) and heap in MB of one process over the measured window; {@code jitCores}: of its
 * CPU, what a JVM's JIT compiler threads used (null for other processes, or where /proc cannot be read).
 */
record ResourceUsage(String name, double cpuMeanCores, double cpuMaxCores, Double jitCores, Double heapMeanMb,
        Double heapMaxMb, int samples) {
}
