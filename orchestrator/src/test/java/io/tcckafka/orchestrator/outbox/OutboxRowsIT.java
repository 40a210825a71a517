package io.tcckafka.orchestrator.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Phase;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Message;
import io.tcckafka.testing.TestDatabase;

/** A step's messages, written deflated, are read back by the safety net exactly as they were written. */
class OutboxRowsIT {

    @Test
    void messagesComeBackAsWrittenAndTakeAFractionOfTheirBytes() {
        try (TestDatabase database = TestDatabase.create("outbox_rows")) {
            var source = new DriverManagerDataSource(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
            Flyway.configure().dataSource(source).locations("classpath:db/orchestrator").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(source);
            var rows = new OutboxRows(jdbc);
            Instant at = Instant.parse("2026-12-07T10:00:00.123Z");
            List<Message> messages = java.util.stream.IntStream.range(0, 100).mapToObj(i -> List.of(
                    new Message("bank.bank-a.commands", "acct-" + i, "t-" + i, new BranchCommand("t-" + i,
                            Branch.DEBIT, Phase.TRY, "bank-a", "acct-" + i, new java.math.BigDecimal("1.00"))),
                    new Message("transfer.events", "t-" + i, "t-" + i, new TransferEvent("t-" + i,
                            TransferStatus.ACCEPTED, null, null, at)))).flatMap(List::stream).toList();

            List<OutboxBatch> written = rows.insert(messages, at);

            assertThat(rows.lockOldest(at.plusSeconds(1), 10)).isEqualTo(written);
            long stored = jdbc.queryForObject("SELECT LENGTH(deflated) FROM outbox_batch", Long.class);
            long json = written.get(0).messages().stream().mapToLong(m -> m.payload().length()).sum();
            assertThat(stored).isLessThan(json / 2);
        }
    }
}
