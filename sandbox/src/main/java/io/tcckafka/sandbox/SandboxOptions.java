package io.tcckafka.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --no-demo}, {@code --kafka.port=}, {@code --orchestrator.port=}, {@code --bank-a.port=},
 * {@code --bank-b.port=}; every other {@code --name=value} goes to all three services.
 */
record SandboxOptions(boolean demo, int kafkaPort, int orchestratorPort, int bankAPort, int bankBPort,
        List<String> passThrough) {

    static SandboxOptions parse(String... args) {
        var options = new SandboxOptions(true, 9092, 8080, 8081, 8082, new ArrayList<>());
        for (String arg : args) {
            options = options.with(arg);
        }
        return options;
    }

    private SandboxOptions with(String arg) {
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.equals("--no-demo")) {
            return new SandboxOptions(false, kafkaPort, orchestratorPort, bankAPort, bankBPort, passThrough);
        } else if (arg.startsWith("--kafka.port=")) {
            return new SandboxOptions(demo, port(value), orchestratorPort, bankAPort, bankBPort, passThrough);
        } else if (arg.startsWith("--orchestrator.port=")) {
            return new SandboxOptions(demo, kafkaPort, port(value), bankAPort, bankBPort, passThrough);
        } else if (arg.startsWith("--bank-a.port=")) {
            return new SandboxOptions(demo, kafkaPort, orchestratorPort, port(value), bankBPort, passThrough);
        } else if (arg.startsWith("--bank-b.port=")) {
            return new SandboxOptions(demo, kafkaPort, orchestratorPort, bankAPort, port(value), passThrough);
        } else if (arg.startsWith("--") && arg.contains("=")) {
            passThrough.add(arg);
            return this;
        }
        throw new IllegalArgumentException("unknown argument " + arg + "; see README.md for the sandbox's options");
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a port must be a number, not " + value);
        }
    }
}
