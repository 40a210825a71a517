package io.tcckafka.orchestrator.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import io.tcckafka.events.EventJson;

/**
 * Moves the messages an instance of an earlier version left unsent in {@code outbox_message} into
 * {@code outbox_batch} (one row each, as they were), then drops the old table. In Java because the rows' JSON is
 * written by the same code that reads it ({@link OutboxRows.StoredMessage}), on MariaDB, MySQL and H2 alike. A Spring
 * bean, so that Boot hands it to Flyway with the SQL migrations.
 */
@Component
class V9__outbox_messages_into_batches extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("""
                        SELECT topic, message_key, payload, event_id, transfer_id, created_at
                        FROM outbox_message ORDER BY id""");
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_batch (messages, message_count, created_at) VALUES (?, 1, ?)""")) {
            while (row.next()) {
                var message = new OutboxRows.StoredMessage(row.getString("topic"), row.getString("message_key"),
                        row.getString("payload"), row.getString("event_id"), row.getString("transfer_id"));
                insert.setString(1, EventJson.write(List.of(message)));
                insert.setObject(2, row.getObject("created_at", LocalDateTime.class));
                insert.executeUpdate();
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE outbox_message");
        }
    }
}
