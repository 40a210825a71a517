package io.tcckafka.orchestrator.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.EventJson;
import io.tcckafka.orchestrator.transfer.Message;

/**
 * The outbox table, in plain JDBC: every step of every transfer writes here and the relay deletes, so this is the
 * hot path. (Its ids come from AUTO_INCREMENT, which would keep Hibernate from batching the inserts.)
 * Times are stored as UTC wall-clock, like every DATETIME of the orchestrator.
 */
@Repository
class OutboxRows {

    private static final String INSERT = """
            INSERT INTO outbox_message (topic, message_key, payload, event_id, transfer_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the messages in one JDBC batch and returns them as rows. */
    List<OutboxMessage> insert(List<Message> messages, Instant writtenAt) {
        List<OutboxMessage> rows = messages.stream()
                .map(m -> new OutboxMessage(m.topic(), m.key(), EventJson.write(m.payload()),
                        UUID.randomUUID().toString(), m.transferId(), writtenAt))
                .toList();
        LocalDateTime createdAt = LocalDateTime.ofInstant(writtenAt, ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            statement.setString(1, row.topic());
            statement.setString(2, row.messageKey());
            statement.setString(3, row.payload());
            statement.setString(4, row.eventId());
            statement.setString(5, row.transferId());
            statement.setObject(6, createdAt);
        });
        return rows;
    }

    /** The oldest rows written before {@code cutoff} that no other relay holds, locked until the transaction ends. */
    List<OutboxMessage> lockOldest(Instant cutoff, int limit) {
        return jdbc.query("""
                SELECT * FROM outbox_message WHERE created_at < ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                OutboxRows::message, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC), limit);
    }

    /**
     * One statement for them all, found through the unique index on {@code event_id}. The rows are this relay's
     * own: sent right after their commit, or locked by its safety net, so no other transaction waits for them.
     */
    void delete(List<OutboxMessage> sent) {
        if (sent.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM outbox_message WHERE event_id IN ("
                + String.join(", ", Collections.nCopies(sent.size(), "?")) + ")",
                sent.stream().map(OutboxMessage::eventId).toArray());
    }

    long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Long.class);
    }

    private static OutboxMessage message(ResultSet row, int number) throws SQLException {
        return new OutboxMessage(row.getString("topic"), row.getString("message_key"),
                row.getString("payload"), row.getString("event_id"), row.getString("transfer_id"),
                row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
