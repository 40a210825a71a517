package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention of finished transfers with no archive configured: a 3 s window (transfer.requests keeps records
 * 1 s in segments of 1 s), finished transfers deleted with their postings and branches, an in-flight one kept.
 */
class RetentionWithoutArchiveIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TABLES = List.of("transfer_archive", "transfer_posting_archive",
            "transfer_branch_archive");

    private static PlayedBanks banks;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        banks = new PlayedBanks("retention_delete_it",
                broker -> RequestTopicRetention.set(broker, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                List.of(),
                "--tcc.orchestrator.try-timeout=1h",
                "--tcc.orchestrator.retention.window=3s",
                "--tcc.orchestrator.retention.interval=200ms");
        jdbc = banks.orchestrator().getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    void finishedTransfersAreDeletedWithTheirPostingsAndBranchesAndInFlightOnesKept() {
        banks.request(transfer("in-flight", "1.00"));
        List<TransferRequest> finishing = List.of(transfer("commits", "1.00"), transfer("aborts-fails", "1.00"),
                new TransferRequest("rejected", new AccountRef("bank-z", "1"), new AccountRef("bank-b", "1"),
                        new BigDecimal("1.00")));
        try (var answering = new PlayingBanks(banks, id -> id.endsWith("-fails"), id -> id.equals("in-flight"))) {
            finishing.forEach(banks::request);
            assertThat(banks.awaitTerminal("commits").status()).isEqualTo(TransferStatus.COMMITTED);
            assertThat(banks.awaitTerminal("aborts-fails").status()).isEqualTo(TransferStatus.ABORTED);
            assertThat(banks.awaitTerminal("rejected").status()).isEqualTo(TransferStatus.REJECTED);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> rows("transfer", "id", "commits", "aborts-fails",
                "rejected") == 0);
        for (String table : TABLES) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
        }
        // a batch is counted just after its transaction commits
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(metric("tcc.orchestrator.retention.deleted")).isEqualTo(3.0));
        assertThat(metric("tcc.orchestrator.retention.archived")).isZero();
        assertThat(banks.get(Roles.CLIENT, "/api/transfers/commits").statusCode()).isEqualTo(404);

        assertThat(rows("transfer", "id", "in-flight")).isEqualTo(1);
        assertThat(banks.get(Roles.CLIENT, "/api/transfers/in-flight").statusCode()).isEqualTo(200);
    }

    private static int rows(String table, String column, String... ids) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.length, "?")) + ")", Integer.class,
                (Object[]) ids);
    }

    private static double metric(String name) {
        Map<String, Object> metric = JSON.readValue(banks.get(Roles.OPERATOR, "/actuator/metrics/" + name).body(),
                new TypeReference<>() {
                });
        @SuppressWarnings("unchecked")
        var measurements = (List<Map<String, Object>>) metric.get("measurements");
        return ((Number) measurements.get(0).get("value")).doubleValue();
    }
}
