package io.tcckafka.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.EventJson;
import io.tcckafka.security.UsersFile;

/**
 * Samples, once a second on a thread of its own, the CPU of each process (from /proc, or from the actuator's
 * process.cpu.usage when the pid is unknown), its heap (the actuator's jvm.memory.used, area heap; the benchmark's
 * own from its MemoryMXBean); and, at the measured window's two ends, what each JVM's JIT compiler threads have used
 * (from /proc): a JVM still compiling its hot code is not warm yet.
 */
final class ResourceSampler implements AutoCloseable {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final List<MonitoredProcess> processes;
    private final UsersFile.User operator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, List<Double>> cpu = new LinkedHashMap<>();
    private final Map<String, List<Double>> heap = new LinkedHashMap<>();
    /** Each JVM's JIT compiler threads, read at the measured window's start and at its end. */
    private final Map<String, JitReading> jitAtStart = new LinkedHashMap<>();
    private final Map<String, JitReading> jitAtEnd = new LinkedHashMap<>();
    private final Thread thread = new Thread(this::sample, "resource-sampler");
    private volatile boolean running = true;
    private long recordFrom;
    private long recordUntil;

    /** @param operator whom the actuator lets read its metrics; null for an insecure stack */
    ResourceSampler(List<MonitoredProcess> processes, UsersFile.User operator) {
        this.processes = processes;
        this.operator = operator;
        processes.forEach(process -> {
            cpu.put(process.name(), new ArrayList<>());
            heap.put(process.name(), new ArrayList<>());
        });
    }

    /**
     * Samples from now on, so that the first calls to the applications' actuator (which load classes and warm code
     * in them) fall in the warm-up, and keeps the samples taken between the two {@link System#nanoTime} instants.
     */
    void start(long recordFromNanos, long recordUntilNanos) {
        recordFrom = recordFromNanos;
        recordUntil = recordUntilNanos;
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    List<ResourceUsage> usage() {
        List<ResourceUsage> usage = new ArrayList<>();
        cpu.forEach((name, cores) -> {
            List<Double> megabytes = heap.get(name);
            usage.add(new ResourceUsage(name, round(mean(cores)), round(max(cores)), jitCores(name),
                    megabytes.isEmpty() ? null : round(mean(megabytes)),
                    megabytes.isEmpty() ? null : round(max(megabytes)), cores.size()));
        });
        return usage;
    }

    private void sample() {
        Map<String, Long> lastTicks = new LinkedHashMap<>();
        long lastAt = System.nanoTime();
        processes.forEach(process -> lastTicks.put(process.name(), ProcFiles.cpuTicks(process.pid())));
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double seconds = (now - lastAt) / 1e9;
            lastAt = now;
            boolean recording = now - recordFrom >= 0 && now - recordUntil < 0;
            if (recording && jitAtStart.isEmpty()) {
                readJit(jitAtStart, now);
            } else if (!recording && now - recordUntil >= 0 && jitAtEnd.isEmpty()) {
                readJit(jitAtEnd, now);
            }
            for (MonitoredProcess process : processes) {
                Double cores = process.pid() > 0 ? coresFromProc(process, lastTicks, seconds)
                        : actuatorMetric(process, "process.cpu.usage", "");
                Double heapMb = heapMb(process);
                if (!recording) {
                    continue;
                }
                if (cores != null) {
                    cpu.get(process.name()).add(process.pid() > 0 ? cores : cores * CORES);
                }
                if (heapMb != null) {
                    heap.get(process.name()).add(heapMb);
                }
            }
        }
    }

    private void readJit(Map<String, JitReading> readings, long now) {
        for (MonitoredProcess process : processes) {
            boolean jvm = process.pid() > 0 && ProcFiles.isJava(process.pid());
            long ticks = jvm ? ProcFiles.compilerTicks(process.pid()) : -1;
            if (ticks >= 0) {
                readings.put(process.name(), new JitReading(ticks, now));
            }
        }
    }

    private Double jitCores(String name) {
        JitReading start = jitAtStart.get(name);
        JitReading end = jitAtEnd.get(name);
        if (start == null || end == null || end.nanos() == start.nanos()) {
            return null;
        }
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        return round((end.ticks() - start.ticks()) / ProcFiles.TICKS_PER_SECOND / seconds);
    }

    /** The CPU ticks a JVM's JIT compiler threads had used at a {@link System#nanoTime} instant. */
    private record JitReading(long ticks, long nanos) {
    }

    private static Double coresFromProc(MonitoredProcess process, Map<String, Long> lastTicks, double seconds) {
        long ticks = ProcFiles.cpuTicks(process.pid());
        Long last = lastTicks.put(process.name(), ticks);
        return ticks < 0 || last == null || last < 0 ? null : (ticks - last) / ProcFiles.TICKS_PER_SECOND / seconds;
    }

    private Double heapMb(MonitoredProcess process) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576d;
        }
        Double bytes = actuatorMetric(process, "jvm.memory.used", "?tag=area:heap");
        return bytes == null ? null : bytes / 1048576d;
    }

    @SuppressWarnings("unchecked")
    private Double actuatorMetric(MonitoredProcess process, String metric, String query) {
        if (process.actuatorUrl() == null) {
            return null;
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(process.actuatorUrl() + "/actuator/metrics/" + metric + query))
                    .timeout(Duration.ofSeconds(2));
            if (operator != null) {
                request.header("Authorization", operator.basicAuthorization());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, Object> body = EventJson.read(response.body(), Map.class);
            List<Map<String, Object>> measurements = (List<Map<String, Object>>) body.get("measurements");
            return ((Number) measurements.get(0).get("value")).doubleValue();
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100d;
    }
}
