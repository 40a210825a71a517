package io.tcckafka.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as an OS process of its own, output appended to its log file. It can be killed with SIGKILL, frozen
 * with SIGSTOP and thawed with SIGCONT, and started again with the same command.
 */
final class ServiceProcess {

    private final String name;
    private final Path log;
    private Process process;
    private long logStart;

    ServiceProcess(String name, Path log) {
        this.name = name;
        this.log = log;
    }

    void start(List<String> command) {
        start(command, Map.of());
    }

    /** @param environment added to this process's environment: secrets, which a process list would show as arguments */
    void start(List<String> command, Map<String, String> environment) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(log.getParent());
            logStart = Files.exists(log) ? Files.size(log) : 0;
            Files.writeString(log, "\n=== " + String.join(" ", command) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        if (process != null) {
            resume();
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    /** SIGSTOP: the process keeps its sockets but does nothing, not even heartbeats. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT. */
    void resume() {
        signal("CONT");
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The operating system's id of the process; 0 when it is not running. */
    long pid() {
        return isAlive() ? process.pid() : 0;
    }

    /** The exit status, once the process has ended within the wait. */
    int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + within);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** What the process has written since it was last started. */
    String logSinceStart() {
        try {
            byte[] bytes = Files.readAllBytes(log);
            return new String(bytes, (int) Math.min(logStart, bytes.length), (int) Math.max(0, bytes.length - logStart),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private void signal(String signal) {
        if (!isAlive()) {
            return;
        }
        try {
            int status = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " returned " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
