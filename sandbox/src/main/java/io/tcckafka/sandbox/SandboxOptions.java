package io.tcckafka.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --data-dir=} (default {@code ./tcc-data}), {@code --no-demo}, {@code --tls}, {@code --insecure},
 * {@code --kafka.port=}, {@code --orchestrator.port=}, {@code --bank-a.port=}, {@code --bank-b.port=},
 * {@code --bank-c.port=}; every other {@code --name=value} goes to every service.
 */
record SandboxOptions(Path dataDir, boolean demo, boolean tls, boolean insecure, int kafkaPort, int orchestratorPort,
        int bankAPort, int bankBPort, int bankCPort, List<String> passThrough) {

    static SandboxOptions parse(String... args) {
        var options = new Builder();
        for (String arg : args) {
            options.take(arg);
        }
        if (options.tls && options.insecure) {
            throw new IllegalArgumentException("--tls and --insecure contradict each other: choose one");
        }
        return new SandboxOptions(options.dataDir, options.demo, options.tls, options.insecure, options.kafkaPort,
                options.orchestratorPort, options.bankAPort, options.bankBPort, options.bankCPort,
                List.copyOf(options.passThrough));
    }

    private static final class Builder {

        Path dataDir = Path.of("tcc-data");
        boolean demo = true;
        boolean tls;
        boolean insecure;
        int kafkaPort = 9092;
        int orchestratorPort = 8080;
        int bankAPort = 8081;
        int bankBPort = 8082;
        int bankCPort = 8083;
        final List<String> passThrough = new ArrayList<>();

        void take(String arg) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=') + 1) : arg) {
                case "--no-demo" -> demo = false;
                case "--tls" -> tls = true;
                case "--insecure" -> insecure = true;
                case "--data-dir=" -> dataDir = Path.of(value);
                case "--kafka.port=" -> kafkaPort = port(value);
                case "--orchestrator.port=" -> orchestratorPort = port(value);
                case "--bank-a.port=" -> bankAPort = port(value);
                case "--bank-b.port=" -> bankBPort = port(value);
                case "--bank-c.port=" -> bankCPort = port(value);
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new IllegalArgumentException("unknown argument " + arg
                                + "; see README.md for the sandbox's options");
                    }
                    passThrough.add(arg);
                }
            }
        }

        private static int port(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a port must be a number, not " + value);
            }
        }
    }
}
