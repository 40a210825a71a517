package io.tcckafka.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.tcckafka.testing.TestDatabase;

/**
 * The MariaDB server of this machine, restarted for real: shut down cleanly with {@code mariadb-admin}, started
 * again the way the machine and {@code .ci/run} start it. Possible only when the tests use a server on this host
 * and those commands are here.
 */
public final class DatabaseServer {

    /** Where the services' databases are: the scheme, host and port of {@link TestDatabase#SERVER_URL}. */
    static final URI ADDRESS = URI.create(TestDatabase.SERVER_URL.substring("jdbc:".length()));
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Duration WITHIN = Duration.ofMinutes(2);
    /** {@code start-stop-daemon --status}: the program is not running. */
    private static final int NOT_RUNNING = 3;

    private DatabaseServer() {
    }

    /** Why the server cannot be restarted from here, or null when it can. */
    public static String whyNotRestartable() {
        if (!List.of("127.0.0.1", "localhost").contains(ADDRESS.getHost())) {
            return "the test database server " + TestDatabase.SERVER_URL + " is not on this machine";
        }
        if (!Files.isExecutable(SERVER) || !onPath("mariadb-admin") || !onPath("start-stop-daemon")) {
            return "restarting MariaDB needs " + SERVER + ", mariadb-admin and start-stop-daemon";
        }
        return null;
    }

    public static void restart() {
        run(admin("shutdown"));
        // mariadb-admin returns while the server is still on its way out; started before it is gone, the new one
        // would be taken for the old one (--oknodo) and nothing would run
        await("MariaDB gone").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> exitStatus(daemon("--status")) == NOT_RUNNING);
        run(daemon("--start", "--oknodo", "--background"));
        await("MariaDB back").atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> exitStatus(admin("ping")) == 0);
    }

    private static String[] daemon(String... action) {
        List<String> command = new ArrayList<>(List.of("start-stop-daemon"));
        command.addAll(List.of(action));
        command.addAll(List.of("--exec", SERVER.toString()));
        return command.toArray(String[]::new);
    }

    private static String[] admin(String verb) {
        // the password, if any, goes in MYSQL_PWD (exitStatus), where a process list does not show it
        return new String[] {"mariadb-admin", "--protocol=tcp", "-h127.0.0.1", "-u" + TestDatabase.USER, verb};
    }

    private static void run(String... command) {
        int status = exitStatus(command);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " returned " + status);
        }
    }

    private static int exitStatus(String... command) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (!TestDatabase.PASSWORD.isEmpty()) {
                builder.environment().put("MYSQL_PWD", TestDatabase.PASSWORD);
            }
            return builder.start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String command) {
        return exitStatus("sh", "-c", "command -v " + command) == 0;
    }
}
