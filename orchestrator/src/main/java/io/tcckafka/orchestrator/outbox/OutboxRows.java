package io.tcckafka.orchestrator.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import io.tcckafka.events.EventJson;
import io.tcckafka.orchestrator.transfer.Message;

/**
 * The outbox table, in plain JDBC: every step writes one row holding all its messages ({@link OutboxBatch}), a JSON
 * array {@link Deflated deflated}, and the relay deletes it, so this is the hot path. A step with more than
 * {@link #MESSAGES_PER_ROW} messages writes several rows, to keep each one well below the server's packet limit. Times
 * are stored as UTC wall-clock, like every DATETIME of the orchestrator.
 */
@Repository
class OutboxRows {

    static final int MESSAGES_PER_ROW = 1000;
    private static final String INSERT = """
            INSERT INTO outbox_batch (deflated, message_count, created_at) VALUES (?, ?, ?)""";

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives each message its event id and writes them, one row per {@link #MESSAGES_PER_ROW}. */
    List<OutboxBatch> insert(List<Message> messages, Instant writtenAt) {
        List<OutboxMessage> all = messages.stream()
                .map(m -> new OutboxMessage(m.topic(), m.key(), EventJson.write(m.payload()),
                        UUID.randomUUID().toString(), m.transferId(), writtenAt))
                .toList();
        List<OutboxBatch> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MESSAGES_PER_ROW) {
            List<OutboxMessage> part = all.subList(from, Math.min(all.size(), from + MESSAGES_PER_ROW));
            rows.add(new OutboxBatch(insertRow(part, writtenAt), part));
        }
        return rows;
    }

    private long insertRow(List<OutboxMessage> messages, Instant writtenAt) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
            statement.setBytes(1, Deflated.of(EventJson.write(messages.stream().map(StoredMessage::of).toList())));
            statement.setInt(2, messages.size());
            statement.setObject(3, LocalDateTime.ofInstant(writtenAt, ZoneOffset.UTC));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** The oldest rows written before {@code cutoff} that no other relay holds, locked until the transaction ends. */
    List<OutboxBatch> lockOldest(Instant cutoff, int limit) {
        return jdbc.query("""
                SELECT * FROM outbox_batch WHERE created_at < ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                OutboxRows::batch, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC), limit);
    }

    /**
     * One statement for them all. The rows are this relay's own: sent right after their commit, or locked by its
     * safety net, so no other transaction waits for them.
     */
    void delete(List<Long> sent) {
        if (sent.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM outbox_batch WHERE id IN (" + String.join(", ", Collections.nCopies(sent.size(), "?"))
                + ")", sent.toArray());
    }

    /** Messages written and not yet acknowledged. */
    long count() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(message_count), 0) FROM outbox_batch", Long.class);
    }

    private static OutboxBatch batch(ResultSet row, int number) throws SQLException {
        Instant createdAt = row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        byte[] deflated = row.getBytes("deflated");
        String json = deflated == null ? row.getString("messages") : Deflated.text(deflated); // messages: before V12
        List<OutboxMessage> messages = Arrays.stream(EventJson.read(json, StoredMessage[].class))
                .map(stored -> stored.message(createdAt)).toList();
        return new OutboxBatch(row.getLong("id"), messages);
    }

    /** A message as its row keeps it; the row's time is every message's time. */
    record StoredMessage(String topic, String key, String payload, String eventId, String transferId) {

        static StoredMessage of(OutboxMessage message) {
            return new StoredMessage(message.topic(), message.messageKey(), message.payload(), message.eventId(),
                    message.transferId());
        }

        OutboxMessage message(Instant createdAt) {
            return new OutboxMessage(topic, key, payload, eventId, transferId, createdAt);
        }
    }
}
