package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TryState;

/**
 * Moves each transfer's postings and branches from {@code transfer_posting} and {@code transfer_branch} into the
 * {@code postings} and {@code branches} columns of its row ({@link TransferColumns}), then drops the two tables. The
 * archive tables stay as they are. In Java because the columns are written by the code that reads them, on MariaDB,
 * MySQL and H2 alike; a Spring bean, so that Boot hands it to Flyway with the SQL migrations.
 */
@Component
class V10__postings_and_branches_in_the_transfer_row extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        execute(connection, "ALTER TABLE transfer ADD COLUMN postings TEXT NULL");
        execute(connection, "ALTER TABLE transfer ADD COLUMN branches TEXT NULL");
        String after = "";
        for (List<String> page = page(connection, after); !page.isEmpty(); page = page(connection, after)) {
            fill(connection, page);
            after = page.get(page.size() - 1);
        }
        execute(connection, "ALTER TABLE transfer MODIFY postings TEXT NOT NULL");
        execute(connection, "ALTER TABLE transfer MODIFY branches TEXT NOT NULL");
        execute(connection, "DROP TABLE transfer_branch");
        execute(connection, "DROP TABLE transfer_posting");
    }

    /** The next {@link #PAGE} transfer ids after {@code after}: memory stays bounded however big the table is. */
    private static List<String> page(Connection connection, String after) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM transfer WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
            select.setString(1, after);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    private static void fill(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<Posting>> postings = postings(connection, ids);
        Map<String, List<TransferBranch>> branches = branches(connection, ids);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE transfer SET postings = ?, branches = ? WHERE id = ?")) {
            for (String id : ids) {
                update.setString(1, TransferColumns.postings(postings.getOrDefault(id, List.of())));
                update.setString(2, TransferColumns.branches(branches.getOrDefault(id, List.of())));
                update.setString(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static ResultSet rowsOf(PreparedStatement select, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            select.setString(i + 1, ids.get(i));
        }
        return select.executeQuery();
    }

    private static String ofThese(String table, List<String> ids) {
        return "SELECT * FROM " + table + " WHERE transfer_id IN (" + String.join(", ", Collections.nCopies(ids.size(),
                "?")) + ") ORDER BY transfer_id, position";
    }

    private static Map<String, List<Posting>> postings(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<Posting>> all = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(ofThese("transfer_posting", ids));
                ResultSet row = rowsOf(select, ids)) {
            while (row.next()) {
                all.computeIfAbsent(row.getString("transfer_id"), id -> new ArrayList<>()).add(new Posting(
                        new AccountRef(row.getString("from_bank"), row.getString("from_account")),
                        new AccountRef(row.getString("to_bank"), row.getString("to_account")),
                        row.getBigDecimal("amount")));
            }
        }
        return all;
    }

    private static Map<String, List<TransferBranch>> branches(Connection connection, List<String> ids)
            throws SQLException {
        Map<String, List<TransferBranch>> all = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(ofThese("transfer_branch", ids));
                ResultSet row = rowsOf(select, ids)) {
            while (row.next()) {
                String reason = row.getString("try_reason");
                BigDecimal amount = row.getBigDecimal("amount");
                all.computeIfAbsent(row.getString("transfer_id"), id -> new ArrayList<>()).add(new TransferBranch(
                        Branch.valueOf(row.getString("branch")),
                        new AccountRef(row.getString("bank"), row.getString("account")), amount,
                        TryState.valueOf(row.getString("try_state")), reason == null ? null : Reason.valueOf(reason),
                        instant(row, "tried_at"), Settlement.valueOf(row.getString("settlement")),
                        instant(row, "settled_at")));
            }
        }
        return all;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
