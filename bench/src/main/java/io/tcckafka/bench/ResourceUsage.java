package io.tcckafka.bench;

/** CPU in cores (1.0 = one core busy) and heap in MB of one process over the measured window. */
record ResourceUsage(String name, double cpuMeanCores, double cpuMaxCores, Double heapMeanMb, Double heapMaxMb,
        int samples) {
}
