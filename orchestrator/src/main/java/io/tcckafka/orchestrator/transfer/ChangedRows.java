package io.tcckafka.orchestrator.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * New values for some columns of many rows, written with one statement:
 * {@code UPDATE t SET c = CASE WHEN <key of row 1> THEN ? WHEN <key of row 2> THEN ? … END, … WHERE <any key>}.
 * One statement per batch instead of one per row, and only the rows named are changed (a derived table or
 * {@code INSERT … ON DUPLICATE KEY UPDATE} would cost the server a row write more per row). At most {@link #CHUNK}
 * rows a statement, to keep the statement and its CASE scans short.
 */
record ChangedRows(String table, List<String> keyColumns, List<String> columns, List<List<Object>> keys,
        List<List<Object>> values) {

    static final int CHUNK = 200;

    static <T> ChangedRows of(String table, List<String> keyColumns, List<String> columns, List<T> rows,
            Function<T, List<Object>> key, Function<T, List<Object>> values) {
        return new ChangedRows(table, keyColumns, columns, rows.stream().map(key).toList(),
                rows.stream().map(values).toList());
    }

    void update(JdbcTemplate jdbc) {
        for (int from = 0; from < keys.size(); from += CHUNK) {
            int to = Math.min(keys.size(), from + CHUNK);
            jdbc.update(sql(to - from), arguments(from, to).toArray());
        }
    }

    /** The statement for {@code rows} rows; its placeholders are filled by {@link #arguments}. */
    String sql(int rows) {
        String keyMatch = keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "));
        String whens = String.join(" ", Collections.nCopies(rows, "WHEN " + keyMatch + " THEN ?"));
        String sets = columns.stream().map(column -> column + " = CASE " + whens + " END")
                .collect(Collectors.joining(", "));
        return "UPDATE " + table + " SET " + sets + " WHERE " + String.join(" OR ",
                Collections.nCopies(rows, keyColumns.size() == 1 ? keyMatch : "(" + keyMatch + ")"));
    }

    private List<Object> arguments(int from, int to) {
        List<Object> arguments = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            for (int row = from; row < to; row++) {
                arguments.addAll(keys.get(row));
                arguments.add(values.get(row).get(column));
            }
        }
        for (int row = from; row < to; row++) {
            arguments.addAll(keys.get(row));
        }
        return arguments;
    }
}
