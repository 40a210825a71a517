package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** On H2 in MySQL mode, as the sandbox runs the orchestrator; OrchestratorIT runs the same on MariaDB. */
class ChangedRowsTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
            "jdbc:h2:mem:changed_rows;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "", true));

    @BeforeEach
    void table() {
        jdbc.execute("DROP TABLE IF EXISTS branch");
        jdbc.execute("""
                CREATE TABLE branch (transfer_id VARCHAR(64) NOT NULL, position INT NOT NULL, state VARCHAR(16),
                                     at DATETIME(3), PRIMARY KEY (transfer_id, position))""");
        for (String id : List.of("a", "b")) {
            for (int position = 0; position < 2; position++) {
                jdbc.update("INSERT INTO branch VALUES (?, ?, 'PENDING', NULL)", id, position);
            }
        }
    }

    @Test
    void changesOnlyTheRowsItNamesAndWritesNulls() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 2, 1, 2, 3, 4_000_000);
        rows(List.of(List.of("a", 1), List.of("b", 0)), List.of(Arrays.asList("SUCCEEDED", at),
                Arrays.asList("FAILED", null))).update(jdbc);

        assertThat(jdbc.queryForList("SELECT * FROM branch ORDER BY transfer_id, position"))
                .extracting(row -> row.get("transfer_id") + "/" + row.get("position") + " " + row.get("state"))
                .containsExactly("a/0 PENDING", "a/1 SUCCEEDED", "b/0 FAILED", "b/1 PENDING");
        assertThat(jdbc.queryForObject("SELECT at FROM branch WHERE transfer_id = 'a' AND position = 1",
                LocalDateTime.class)).isEqualTo(at);
    }

    @Test
    void moreRowsThanAChunkTakeSeveralStatements() {
        jdbc.execute("DELETE FROM branch");
        int count = ChangedRows.CHUNK * 2 + 1;
        IntStream.range(0, count).forEach(i -> jdbc.update("INSERT INTO branch VALUES ('t', ?, 'PENDING', NULL)", i));
        rows(IntStream.range(0, count).mapToObj(i -> List.<Object>of("t", i)).toList(),
                IntStream.range(0, count).mapToObj(i -> Arrays.<Object>asList("S" + i, null)).toList()).update(jdbc);

        List<Map<String, Object>> all = jdbc.queryForList("SELECT position, state FROM branch ORDER BY position");
        assertThat(all).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("S" + row.get("position")));
    }

    @Test
    void oneKeyColumnNeedsNoParentheses() {
        assertThat(new ChangedRows("transfer", List.of("id"), List.of("status"), List.of(), List.of()).sql(2))
                .isEqualTo("UPDATE transfer SET status = CASE WHEN id = ? THEN ? WHEN id = ? THEN ? END"
                        + " WHERE id = ? OR id = ?");
    }

    private static ChangedRows rows(List<List<Object>> keys, List<List<Object>> values) {
        return new ChangedRows("branch", List.of("transfer_id", "position"), List.of("state", "at"), keys, values);
    }
}
