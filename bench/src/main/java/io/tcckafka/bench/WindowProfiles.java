package io.tcckafka.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import one.profiler.AsyncProfilerLoader;

/**
 * {@code --profile=<event>}: async-profiler attached to every JVM of the stack the benchmark started (the broker, the
 * orchestrator, the banks) for the measured window, one flame graph each in the results directory,
 * {@code profile-<process>-<event>.html}, and the same stacks as text, one line each with its count of samples
 * ({@code .txt}, async-profiler's collapsed format, for scripts). A {@code wall} profile is split by thread: it shows
 * what each listener waits for; {@code cpu} what the cores do, {@code alloc} and {@code lock} what allocates and what
 * contends. MariaDB and the benchmark's own JVM are left out.
 */
final class WindowProfiles {

    static final List<String> EVENTS = List.of("cpu", "wall", "alloc", "lock");

    private final Thread thread;

    private WindowProfiles(Thread thread) {
        this.thread = thread;
    }

    /** Profiles from {@code fromNanos} ({@link System#nanoTime}) for {@code duration}, on a thread of its own. */
    static WindowProfiles start(String event, List<MonitoredProcess> processes, long fromNanos, Duration duration,
            Path resultsDir) {
        List<MonitoredProcess> jvms = processes.stream()
                .filter(process -> process.pid() != ProcessHandle.current().pid() && ProcFiles.isJava(process.pid()))
                .toList();
        List<String> options = event.equals("wall") ? List.of("-e", event, "-t") : List.of("-e", event);
        Thread thread = new Thread(() -> {
            Instants.sleepUntil(fromNanos);
            List<MonitoredProcess> started = jvms.stream().filter(jvm -> asprof(jvm, "start", options)).toList();
            Instants.sleepUntil(fromNanos + duration.toNanos());
            for (MonitoredProcess jvm : started) {
                String file = resultsDir.resolve("profile-" + jvm.name().replaceAll("[^a-z0-9-]+", "-") + "-" + event)
                        .toString();
                asprof(jvm, "dump", List.of("-o", "collapsed", "-f", file + ".txt"));
                asprof(jvm, "stop", List.of("-f", file + ".html"));
            }
        }, "profiles");
        thread.setDaemon(true);
        thread.start();
        return new WindowProfiles(thread);
    }

    /** Waits for the profiles to be written: called once the window has passed, it gives up after a minute. */
    void await() {
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs async-profiler's {@code asprof <action> <options> <pid>}; false, and says why, when it fails. */
    private static boolean asprof(MonitoredProcess jvm, String action, List<String> options) {
        List<String> arguments = new ArrayList<>(List.of(action));
        arguments.addAll(options);
        arguments.add(Long.toString(jvm.pid()));
        try {
            AsyncProfilerLoader.executeProfiler(arguments.toArray(String[]::new));
            return true;
        } catch (IOException | RuntimeException e) {
            System.out.println("async-profiler could not " + action + " on " + jvm.name() + ": " + e.getMessage());
            return false;
        }
    }
}
