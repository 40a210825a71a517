package io.tcckafka.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database server's own counters of statements, row writes and redo log ({@code SHOW GLOBAL STATUS}), read at
 * the start and the end of the measured window, so that a run reports what each committed transfer cost the database:
 * figures that do not depend on the machine. They count every client of the server, so nothing else should run on it.
 */
final class DatabaseCounters {

    /**
     * {@code Questions}: every statement a client sent, {@code SET}, {@code COMMIT} and {@code SELECT} included;
     * {@code Handler_*}: rows the server wrote, updated and deleted (MariaDB has no {@code Innodb_rows_*}; these also
     * count rows of internal temporary tables, which the hot path does not make); {@code Innodb_os_log_written}: bytes
     * of redo log, which InnoDB must write, and checkpoint by flushing the pages they changed, before it can reuse
     * its fixed-size log files (with the server's defaults, the log's room is what bounded a run's rate).
     */
    static final List<String> NAMES = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Com_set_option", "Handler_write", "Handler_update", "Handler_delete",
            "Innodb_os_log_written");

    private DatabaseCounters() {
    }

    /** Every server's counters added up: the stack's databases may live on several servers. */
    static Map<String, Long> readAll(List<String> serverUrls, String user, String password) {
        Map<String, Long> sum = new LinkedHashMap<>();
        serverUrls.forEach(url -> read(url.trim(), user, password).forEach((name, value) -> sum.merge(name, value,
                Long::sum)));
        return sum;
    }

    private static Map<String, Long> read(String serverUrl, String user, String password) {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                        + String.join("', '", NAMES) + "')")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the status counters of " + serverUrl + ": " + e, e);
        }
        return counters;
    }

    /** What happened between the two readings, per committed transfer, rounded to two decimals. */
    static PerTransfer perTransfer(Map<String, Long> before, Map<String, Long> after, double committed) {
        Map<String, Double> each = new LinkedHashMap<>();
        for (String name : NAMES) {
            each.put(name, round((after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L)) / committed));
        }
        double rowWrites = each.get("Handler_write") + each.get("Handler_update") + each.get("Handler_delete");
        return new PerTransfer(each.get("Questions"), round(rowWrites), Math.round(each.get("Innodb_os_log_written")),
                each);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100d;
    }

    /**
     * {@code statements}: all a client sent; {@code rowWrites}: rows written, updated and deleted; {@code redoBytes}:
     * redo log written.
     */
    record PerTransfer(double statements, double rowWrites, long redoBytes, Map<String, Double> counters) {
    }
}
