package io.tcckafka.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import io.tcckafka.bank.account.JournalOpenings;

/**
 * Opens accounts by inserting them straight into an {@code account} table, a thousand rows a batch; in a bank's
 * database, with their opening entries in its journal, so that its books add up as if opened through its API.
 */
final class AccountInserts {

    static final BigDecimal OPENING_BALANCE = new BigDecimal("1000000.00");
    private static final int BATCH = 1000;

    private AccountInserts() {
    }

    static void insert(Connection connection, List<String> ids) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, balance) VALUES (?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                insert.setString(1, ids.get(i));
                insert.setBigDecimal(2, OPENING_BALANCE);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == ids.size() - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The journal's opening entry of every account of a bank that has none yet (docs/operations.md). */
    static void journalOpenings(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(JournalOpenings.WRITE_MISSING);
        }
    }
}
