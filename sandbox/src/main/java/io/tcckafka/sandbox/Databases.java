package io.tcckafka.sandbox;

import java.util.List;
import java.util.function.Function;

/** Where each service of the sandbox keeps its data. */
final class Databases {

    private Databases() {
    }

    /**
     * In-memory H2 in MySQL mode, one database per service, kept for the life of the JVM so that a service can
     * be restarted onto its data. The MySQL driver's time-zone settings are ignored by H2.
     */
    static Function<String, List<String>> inMemory() {
        return service -> List.of("--spring.datasource.url=jdbc:h2:mem:" + service.replaceAll("[^A-Za-z0-9]", "_")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                + ";IGNORE_UNKNOWN_SETTINGS=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }
}
