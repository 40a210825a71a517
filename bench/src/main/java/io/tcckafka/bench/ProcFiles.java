package io.tcckafka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/** Linux's /proc: which process runs what, and how much CPU it has used. */
final class ProcFiles {

    /** USER_HZ: the unit of the CPU times in /proc, 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100;
    private static final Set<String> COMPILER_THREADS = Set.of("C1 CompilerThre", "C2 CompilerThre");

    private ProcFiles() {
    }

    static OptionalLong pidNamed(String... names) {
        return pids().filter(pid -> {
            String comm = comm(pid);
            return Stream.of(names).anyMatch(comm::equals);
        }).findFirst().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Whether the process runs a JVM (its command is {@code java}). */
    static boolean isJava(long pid) {
        return comm(pid).equals("java");
    }

    private static String comm(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "comm")).trim();
    }

    /** User plus system CPU ticks the process has used, or -1 once it is gone. */
    static long cpuTicks(long pid) {
        return cpuTicksOfStat(read(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /**
     * CPU ticks the JVM's JIT compiler threads have used ({@code C1 CompilerThread0} and the like, whose names /proc
     * cuts to 15 characters), or -1 when the process cannot be read.
     */
    static long compilerTicks(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(thread -> COMPILER_THREADS.contains(read(thread.resolve("comm")).trim()))
                    .mapToLong(thread -> Math.max(0, cpuTicksOfStat(read(thread.resolve("stat"))))).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long cpuTicksOfStat(String stat) {
        int afterName = stat.lastIndexOf(')');
        if (afterName < 0) {
            return -1;
        }
        String[] fields = stat.substring(afterName + 2).trim().split(" ");
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static Stream<Long> pids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::parseLong).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
