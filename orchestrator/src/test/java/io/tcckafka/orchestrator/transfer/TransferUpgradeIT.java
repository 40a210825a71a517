package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TryState;
import io.tcckafka.testing.TestDatabase;

/**
 * A transfer stored by a version before V10, in rows of transfer_posting and transfer_branch, reads the same after V10
 * and V11.
 */
class TransferUpgradeIT {

    @Test
    void postingsAndBranchesMoveIntoTheTransferRow() throws Exception {
        try (TestDatabase database = TestDatabase.create("transfer_upgrade")) {
            var source = new DriverManagerDataSource(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
            JavaMigration v9 = migration("io.tcckafka.orchestrator.outbox.V9__outbox_messages_into_batches");
            flyway(source).javaMigrations(v9).target("9").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(source);
            LocalDateTime created = LocalDateTime.of(2026, 12, 1, 10, 0);
            jdbc.update("""
                    INSERT INTO transfer (id, fingerprint, status, attempts, created_at, status_changed_at, due_at)
                    VALUES ('t-1', 'f', 'CONFIRMING', 1, ?, ?, ?)""", created, created, created.plusSeconds(2));
            jdbc.update("INSERT INTO transfer (id, fingerprint, status, attempts, created_at, status_changed_at)"
                    + " VALUES ('t-0', 'g', 'REJECTED', 0, ?, ?)", created, created);
            jdbc.update("INSERT INTO transfer_posting VALUES ('t-1', 0, 'bank-a', '1', 'bank-b', '2', 5.00)");
            jdbc.update("INSERT INTO transfer_branch VALUES ('t-1', 0, 'DEBIT', 'bank-a', '1', 5.00, 'SUCCEEDED',"
                    + " NULL, ?, 'DONE', ?)", created.plusNanos(1_000_000), created.plusNanos(2_000_000));
            jdbc.update("INSERT INTO transfer_branch VALUES ('t-1', 1, 'CREDIT', 'bank-b', '2', 5.00, 'SUCCEEDED',"
                    + " NULL, ?, 'PENDING', NULL)", created.plusNanos(1_000_000));

            flyway(source).javaMigrations(v9, new V10__postings_and_branches_in_the_transfer_row(),
                    new V11__transfer_rows_updated_in_place()).load().migrate();

            Transfer transfer = new TransferStore(jdbc).find("t-1").orElseThrow();
            assertThat(transfer.status()).isEqualTo(TransferStatus.CONFIRMING);
            assertThat(transfer.postings()).containsExactly(new Posting(new AccountRef("bank-a", "1"),
                    new AccountRef("bank-b", "2"), new BigDecimal("5.00")));
            Instant at = Instant.parse("2026-12-01T10:00:00Z");
            assertThat(transfer.branches()).containsExactly(
                    new TransferBranch(Branch.DEBIT, new AccountRef("bank-a", "1"), new BigDecimal("5.00"),
                            TryState.SUCCEEDED, null, at.plusMillis(1), Settlement.DONE, at.plusMillis(2)),
                    new TransferBranch(Branch.CREDIT, new AccountRef("bank-b", "2"), new BigDecimal("5.00"),
                            TryState.SUCCEEDED, null, at.plusMillis(1), Settlement.PENDING, null));
            assertThat(new TransferStore(jdbc).find("t-0").orElseThrow().status()).isEqualTo(TransferStatus.REJECTED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name IN ('transfer_posting', 'transfer_branch')", Integer.class, database.name()))
                    .isZero();
            assertThat(jdbc.queryForMap("SELECT t.row_format, c.data_type FROM information_schema.tables t JOIN"
                    + " information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name"
                    + " WHERE t.table_schema = ? AND t.table_name = 'transfer' AND c.column_name = 'status'",
                    database.name())).containsValues("Redundant", "char");
        }
    }

    private static JavaMigration migration(String className) throws Exception {
        var constructor = Class.forName(className).getDeclaredConstructor();
        constructor.setAccessible(true);
        return (JavaMigration) constructor.newInstance();
    }

    private static FluentConfiguration flyway(DriverManagerDataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/orchestrator");
    }
}
