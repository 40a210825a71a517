package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.BANK_A;
import static io.tcckafka.orchestrator.PlayedBanks.BANK_B;
import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TestDatabase;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention of finished transfers with an archive, purging every 200 ms with a 4 s window while transfers are
 * requested and answered: transfer.requests keeps records 2 s in segments of 1 s, so a request lives at most 3 s
 * there and the window is safe. Finished transfers move to the archive, in-flight ones stay however old, each
 * transfer ends once with its events (two instances purge side by side, neither archives a transfer twice), a late reply for a purged transfer is dead-lettered and nothing else, and a
 * request repeated after the window starts a new transfer. Last, a topic that keeps requests longer than the window
 * makes the runs skip and a new orchestrator refuse to start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionIT {

    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final String REPLIES_DLT = Topics.deadLetter(Topics.bankReplies("bank-b"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PlayedBanks banks;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        banks = new PlayedBanks("retention_it",
                broker -> RequestTopicRetention.set(broker, Duration.ofSeconds(2), Duration.ofSeconds(1)),
                List.of(REPLIES_DLT),
                "--tcc.orchestrator.try-timeout=1h",
                "--tcc.orchestrator.retention.window=" + WINDOW.toSeconds() + "s",
                "--tcc.orchestrator.retention.interval=200ms",
                "--tcc.orchestrator.retention.batch=3",
                "--tcc.orchestrator.retention.archive=true");
        jdbc = banks.orchestrator().getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    @Order(1)
    void purgingWhileTransfersFlowArchivesWhatFinishedAndTouchesNothingInFlight() throws Exception {
        banks.request(transfer("held-try", "1.00"));
        banks.request(transfer("held-confirm", "2.00"));
        banks.reply(banks.awaitCommand(BANK_A, "held-confirm", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "held-confirm", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_A, "held-confirm", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        banks.awaitCommand(BANK_B, "held-confirm", Phase.CONFIRM);

        List<TransferRequest> requests = new ArrayList<>();
        double archivedBySecond;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        // a second instance on the same database: both purge, each batch taking only rows the other does not hold
        try (var secondInstance = banks.startOrchestrator(banks.database());
                var answering = new PlayingBanks(banks, id -> id.endsWith("-fails"), id -> id.startsWith("held-"))) {
            for (int wave = 0; wave < 3; wave++) {
                List<TransferRequest> sent = wave(wave);
                requests.addAll(sent);
                CompletableFuture.allOf(sent.stream()
                        .map(request -> CompletableFuture.runAsync(() -> banks.request(request), clients))
                        .toArray(CompletableFuture[]::new)).get();
                // the next wave flows while this one is being archived
                long before = archived();
                await().atMost(Duration.ofSeconds(30)).until(() -> archived() > before);
                answering.check();
            }
            List<String> ids = requests.stream().map(TransferRequest::transferId).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().noneMatch(RetentionIT::inHotTable));
            // a batch is counted just after its transaction commits, so the counters may trail the table a moment
            await().atMost(Duration.ofSeconds(10)).until(() -> metric("tcc.orchestrator.retention.archived")
                    + counted(secondInstance, "tcc.orchestrator.retention.archived") >= requests.size());
            archivedBySecond = counted(secondInstance, "tcc.orchestrator.retention.archived");
        } finally {
            clients.shutdown();
        }

        for (TransferRequest request : requests) {
            String id = request.transferId();
            assertThat(banks.statuses(id)).as(id).containsExactlyElementsOf(expectedEvents(id));
            assertThat(jdbc.queryForList("SELECT status FROM transfer_archive WHERE id = ?", String.class, id))
                    .as(id).containsExactly(expectedEvents(id).get(expectedEvents(id).size() - 1).name());
            int branches = id.endsWith("-rejected") ? 0 : 2;
            assertThat(count("transfer_branch_archive", id)).as(id).isEqualTo(branches);
            assertThat(count("transfer_posting_archive", id)).as(id).isEqualTo(branches / 2);
            assertThat(inHotTable(id)).as(id).isFalse();
        }
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM transfer_posting_archive WHERE transfer_id LIKE 'w%'",
                BigDecimal.class)).isEqualByComparingTo(new BigDecimal("2.70"));
        assertThat(metric("tcc.orchestrator.retention.archived") + archivedBySecond)
                .isGreaterThanOrEqualTo(requests.size());
        assertThat(metric("tcc.orchestrator.retention.deleted")).isZero();

        // in flight, however old: untouched, and not in the archive
        assertThat(status("held-try")).isEqualTo("ACCEPTED");
        assertThat(status("held-confirm")).isEqualTo("CONFIRMING");
        assertThat(inHotTable("held-try") && inHotTable("held-confirm")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transfer_archive WHERE id LIKE 'held-%'", Integer.class))
                .isZero();
        banks.reply(banks.awaitCommand(BANK_B, "held-confirm", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        assertThat(banks.awaitTerminal("held-confirm").status()).isEqualTo(TransferStatus.COMMITTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> !inHotTable("held-confirm"));
        assertThat(status("held-try")).isEqualTo("ACCEPTED");
    }

    @Test
    @Order(2)
    void aPurgedTransferIsNotFoundItsLateRepliesAreDeadLetteredAndItsRequestRepeatedStartsItAgain() {
        banks.request(transfer("again", "4.00"));
        banks.reply(banks.awaitCommand(BANK_A, "again", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "again", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_A, "again", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        var creditConfirm = banks.awaitCommand(BANK_B, "again", Phase.CONFIRM);
        banks.reply(creditConfirm, Outcome.SUCCEEDED, null);
        assertThat(banks.awaitTerminal("again").status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(banks.get(Roles.CLIENT, "/api/transfers/again").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !inHotTable("again"));

        assertThat(banks.get(Roles.CLIENT, "/api/transfers/again").statusCode()).isEqualTo(404);

        banks.reply(creditConfirm, Outcome.SUCCEEDED, null);
        var deadLettered = banks.probe().awaitRecords(REPLIES_DLT, record -> record.key().equals("again"), 1).get(0);
        assertThat(new String(deadLettered.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                StandardCharsets.UTF_8)).contains("no transfer again", "removed by retention");
        assertThat(inHotTable("again")).isFalse();

        // the same request, after the window: a new transfer under the same id, with its own Trys
        banks.request(transfer("again", "4.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> banks.commands(BANK_A, "again").stream()
                .filter(command -> command.phase() == Phase.TRY).count() == 2);
        assertThat(banks.statuses("again")).containsExactly(TransferStatus.ACCEPTED, TransferStatus.CONFIRMING,
                TransferStatus.COMMITTED, TransferStatus.ACCEPTED);
        assertThat(status("again")).isEqualTo("ACCEPTED");
        assertThat(banks.get(Roles.CLIENT, "/api/transfers/again").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aRequestTopicThatKeepsRecordsLongerThanTheWindowSkipsRunsAndRefusesStartUp() {
        double skippedBefore = metric("tcc.orchestrator.retention.skipped");
        RequestTopicRetention.set(banks.broker(), Duration.ofDays(1), Duration.ofHours(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> metric("tcc.orchestrator.retention.skipped") > skippedBefore);

        try (TestDatabase other = TestDatabase.create("retention_refused")) {
            Throwable failure = catchThrowable(() -> banks.startOrchestrator(other).close());
            assertThat(failure).isNotNull();
            assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
                    .contains("tcc.orchestrator.retention.window (PT4S)", "transfer.requests as the broker reports it",
                            "PT25H", "move the money twice");
        }
    }

    /** Ten transfers: most commit, some abort, one is rejected (no such bank). */
    private static List<TransferRequest> wave(int wave) {
        List<TransferRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "w" + wave + "-" + i + (i % 4 == 3 ? "-fails" : i == 9 ? "-rejected" : "");
            requests.add(i == 9
                    ? new TransferRequest(id, new AccountRef("bank-z", "2"), new AccountRef("bank-b", "1"),
                            new BigDecimal("1.00"))
                    : transfer(id, "0.10"));
        }
        return requests;
    }

    private static List<TransferStatus> expectedEvents(String id) {
        if (id.endsWith("-rejected")) {
            return List.of(TransferStatus.REJECTED);
        }
        return id.endsWith("-fails")
                ? List.of(TransferStatus.ACCEPTED, TransferStatus.CANCELLING, TransferStatus.ABORTED)
                : List.of(TransferStatus.ACCEPTED, TransferStatus.CONFIRMING, TransferStatus.COMMITTED);
    }

    private static boolean inHotTable(String id) {
        return count("transfer", "id", id) > 0;
    }

    private static String status(String id) {
        return jdbc.queryForObject("SELECT status FROM transfer WHERE id = ?", String.class, id);
    }

    private static int count(String table, String transferId) {
        return count(table, "transfer_id", transferId);
    }

    private static int count(String table, String column, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, id);
    }

    private static long archived() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transfer_archive", Long.class);
    }

    private static double counted(ConfigurableApplicationContext instance, String counter) {
        return instance.getBean(MeterRegistry.class).counter(counter).count();
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
