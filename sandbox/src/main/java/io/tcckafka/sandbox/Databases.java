package io.tcckafka.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Where each service of the sandbox keeps its data. */
final class Databases {

    private Databases() {
    }

    /**
     * H2 in MySQL mode, one database file per service in {@code folder}, so that the sandbox started again finds every
     * account and unfinished transfer where it left them. Each commit is written to the file before it returns
     * ({@code WRITE_DELAY=0}): a sandbox killed with {@code kill -9} loses nothing it committed. The MySQL driver's
     * settings (time zone, SQL mode) are ignored by H2, which is strict and exact already; {@code TIME ZONE=UTC} makes
     * the times it writes itself UTC, as the services read them, whatever the machine's zone.
     */
    static Function<String, List<String>> inFolder(Path folder) {
        return service -> List.of("--spring.datasource.url=jdbc:h2:file:"
                + folder.toAbsolutePath().resolve(service.replaceAll("[^A-Za-z0-9]", "_"))
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TIME ZONE=UTC"
                + ";IGNORE_UNKNOWN_SETTINGS=TRUE",
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }
}
