package io.tcckafka.bench;

/**
 * A process whose CPU and heap the benchmark samples: its pid for CPU (0 if unknown) and the base URL of its
 * Spring Boot actuator for heap (null if it has none).
 */
record MonitoredProcess(String name, long pid, String actuatorUrl) {
}
