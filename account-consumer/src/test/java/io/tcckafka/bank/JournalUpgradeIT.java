package io.tcckafka.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.tcckafka.participant.ParticipantSchema;
import io.tcckafka.testing.TestDatabase;

/**
 * The kit's V4, on MariaDB and on H2: the barrier rows and journal entries of a bank from before it become one
 * table, the row of a command that moved money being its entry, and nothing is lost.
 */
class JournalUpgradeIT {

    @Test
    void onMariaDb() {
        try (TestDatabase database = TestDatabase.create("journal_upgrade")) {
            upgrade(new DriverManagerDataSource(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD),
                    database.name());
        }
    }

    /** As the sandbox's H2 files are upgraded. */
    @Test
    void onH2InMySqlMode() {
        upgrade(new DriverManagerDataSource("jdbc:h2:mem:journal_upgrade;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;TIME ZONE=UTC;DB_CLOSE_DELAY=-1", "sa", ""), "public");
    }

    /** Barrier rows and their entries become one row each, and nothing is lost. */
    private static void upgrade(DriverManagerDataSource source, String schema) {
        Flyway.configure().dataSource(source).locations("classpath:db/bank").load().migrate();
        kit(source).target("3").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        // t-1: a Try and its Confirm, each with its entry; t-2: a refused Try and its Cancel, no entries;
        // t-0: a Try from before the journal existed, no entry
        barrier(jdbc, "t-1", "DEBIT", "TRY", "SUCCEEDED", null);
        barrier(jdbc, "t-1", "DEBIT", "CONFIRM", "SUCCEEDED", null);
        barrier(jdbc, "t-2", "DEBIT", "TRY", "FAILED", "INSUFFICIENT_FUNDS");
        barrier(jdbc, "t-2", "DEBIT", "CANCEL", "SUCCEEDED", null);
        barrier(jdbc, "t-0", "CREDIT", "TRY", "SUCCEEDED", null);
        entry(jdbc, "OPEN", null, null, "100.00", "100.00", "0.00");
        entry(jdbc, "TRY", "t-1", "DEBIT", "10.00", "100.00", "10.00");
        entry(jdbc, "CONFIRM", "t-1", "DEBIT", "10.00", "90.00", "0.00");
        // t-3: used once, forgotten by the barrier (its entries stay), then used again: a Try in flight
        entry(jdbc, "TRY", "t-3", "DEBIT", "10.00", "90.00", "10.00");
        entry(jdbc, "CONFIRM", "t-3", "DEBIT", "10.00", "80.00", "0.00");
        barrier(jdbc, "t-3", "DEBIT", "TRY", "SUCCEEDED", null);
        entry(jdbc, "TRY", "t-3", "DEBIT", "10.00", "80.00", "10.00");

        kit(source).load().migrate();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = ?"
                + " AND LOWER(table_name) LIKE 'branch_barrier%'", Integer.class, schema)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT kind, transfer_id, phase, outcome, reason, balance FROM account_journal
                WHERE transfer_id IS NULL OR transfer_id <> 't-3'
                ORDER BY transfer_id IS NOT NULL, transfer_id, phase""")).extracting(row -> tuple(row.get("kind"),
                row.get("transfer_id"), row.get("phase"), row.get("outcome"), row.get("reason"), text(row, "balance")))
                .containsExactly(
                        tuple("OPEN", null, null, null, null, "100.00"),
                        tuple(null, "t-0", "TRY", "SUCCEEDED", null, null),
                        tuple("CONFIRM", "t-1", "CONFIRM", "SUCCEEDED", null, "90.00"),
                        tuple("TRY", "t-1", "TRY", "SUCCEEDED", null, "100.00"),
                        tuple(null, "t-2", "CANCEL", "SUCCEEDED", null, null),
                        tuple(null, "t-2", "TRY", "FAILED", "INSUFFICIENT_FUNDS", null));
        assertThat(jdbc.queryForList("SELECT kind, phase, frozen FROM account_journal WHERE transfer_id = 't-3'"
                + " ORDER BY entry")).as("the Try in flight is the second use's entry, the first use's are entries only")
                .extracting(row -> tuple(row.get("kind"), row.get("phase"), text(row, "frozen")))
                .containsExactly(tuple("TRY", null, "10.00"), tuple("CONFIRM", null, "0.00"),
                        tuple("TRY", "TRY", "10.00"));
    }

    private static FluentConfiguration kit(DriverManagerDataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/participant")
                .table(ParticipantSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0");
    }

    private static void barrier(JdbcTemplate jdbc, String transfer, String branch, String phase, String outcome,
            String reason) {
        jdbc.update("""
                INSERT INTO branch_barrier (transfer_id, branch, account, phase, amount, outcome, reason)
                VALUES (?, ?, 'a-1', ?, 10.00, ?, ?)""", transfer, branch, phase, outcome, reason);
    }

    private static void entry(JdbcTemplate jdbc, String kind, String transfer, String branch, String amount,
            String balance, String frozen) {
        jdbc.update("""
                INSERT INTO account_journal (account, kind, transfer_id, branch, amount, balance, frozen, incoming)
                VALUES ('a-1', ?, ?, ?, ?, ?, ?, 0.00)""", kind, transfer, branch, amount, balance, frozen);
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }
}
