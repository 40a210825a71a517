package io.tcckafka.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Spring properties a service process is started with, split: its passwords go into its environment, as the
 * variables Spring reads them from ({@code TCC_KAFKA_PASSWORD} for {@code tcc.kafka.password}), because any user of
 * the machine can list a process's command line; the rest are its arguments.
 */
record ServiceLaunch(List<String> arguments, Map<String, String> environment) {

    ServiceLaunch {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    static ServiceLaunch of(Map<String, String> springProperties) {
        List<String> arguments = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        springProperties.forEach((name, value) -> {
            if (name.endsWith("password")) {
                environment.put(environmentVariable(name), value);
            } else {
                arguments.add("--" + name + "=" + value);
            }
        });
        return new ServiceLaunch(arguments, environment);
    }

    /** Spring Boot's rule for binding a property from the environment: dots become underscores, dashes go. */
    static String environmentVariable(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
}
