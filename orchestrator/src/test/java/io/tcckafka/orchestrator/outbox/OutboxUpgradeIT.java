package io.tcckafka.orchestrator.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.tcckafka.testing.TestDatabase;

/**
 * An outbox row left unsent by a version before V9 is sent by the new relay, with its event id; it is also a row
 * written before V12, which the relay reads from its {@code messages} column since it has nothing deflated.
 */
class OutboxUpgradeIT {

    @Test
    void unsentMessagesOfAnEarlierVersionBecomeOneMessageRows() {
        try (TestDatabase database = TestDatabase.create("outbox_upgrade")) {
            var source = new DriverManagerDataSource(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
            flyway(source).target("8").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(source);
            jdbc.update("""
                    INSERT INTO outbox_message (topic, message_key, payload, event_id, transfer_id, created_at)
                    VALUES ('transfer.events', 't-1', '{"transferId":"t-1","status":"COMMITTED"}', 'e-1', 't-1', ?)""",
                    LocalDateTime.of(2026, 12, 1, 10, 0));

            flyway(source).javaMigrations(new V9__outbox_messages_into_batches()).load().migrate();

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name = 'outbox_message'", Integer.class, database.name())).isZero();
            var rows = new OutboxRows(jdbc);
            assertThat(rows.count()).isOne();
            List<OutboxBatch> left = rows.lockOldest(Instant.parse("2027-01-01T00:00:00Z"), 10);
            assertThat(left).singleElement().extracting(OutboxBatch::messages).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(new OutboxMessage(
                            "transfer.events", "t-1", "{\"transferId\":\"t-1\",\"status\":\"COMMITTED\"}", "e-1",
                            "t-1", Instant.parse("2026-12-01T10:00:00Z")));
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/orchestrator");
    }
}
