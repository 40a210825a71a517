package io.tcckafka.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the MariaDB server of the machine, for one test class; dropped on close.
 * Server: {@code TCC_TEST_MYSQL_URL} (default {@code jdbc:mariadb://127.0.0.1:3306}; a {@code jdbc:mysql://} URL
 * for a MySQL server), user {@code root}, no password unless {@code TCC_TEST_MYSQL_USER} /
 * {@code TCC_TEST_MYSQL_PASSWORD} say otherwise.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String SERVER_URL = env("TCC_TEST_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306");
    public static final String USER = env("TCC_TEST_MYSQL_USER", "root");
    public static final String PASSWORD = env("TCC_TEST_MYSQL_PASSWORD", "");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
        execute("CREATE DATABASE " + name);
    }

    /** A new empty database named {@code <prefix>_<random>}. */
    public static TestDatabase create(String prefix) {
        return new TestDatabase(prefix.replaceAll("[^A-Za-z0-9_]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8));
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return SERVER_URL + "/" + name;
    }

    /** Spring arguments that point a service at this database. */
    public java.util.List<String> springArguments() {
        return java.util.List.of("--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + SERVER_URL + " (user " + USER + "): " + sql
                    + " failed; is the server running? (.ci/run starts it)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
