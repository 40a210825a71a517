package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.ReconciliationReport;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TestDatabase;

/**
 * Reconciliation on the whole secured stack: committed, aborted and rejected transfers reconcile with the banks'
 * journals without a discrepancy; then the books are broken straight in the banks' databases, and the operator API
 * finds and names each breakage with its transfer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Instant started;

    private final Books books = new Books(client);

    @BeforeAll
    static void start() {
        started = Instant.now().minus(1, ChronoUnit.MINUTES);
        startStack("--tcc.orchestrator.try-timeout=4s", "--tcc.orchestrator.reconciliation.scheduled=false");
    }

    @Test
    @Order(1)
    void committedAbortedAndRejectedTransfersReconcileWithNoDiscrepancy() {
        AccountRef payer = books.open("bank-a", "rec-payer", "100.00");
        AccountRef payee = books.open("bank-b", "rec-payee", "20.00");
        AccountRef poor = books.open("bank-b", "rec-poor", "5.00");

        assertThat(send(TransferRequest.of("rec-commit-1", List.of(new Posting(payer, payee, money("30.00"))))))
                .isEqualTo(TransferStatus.COMMITTED);
        assertThat(send(TransferRequest.of("rec-commit-2", List.of(new Posting(payer, payee, money("10.00"))))))
                .isEqualTo(TransferStatus.COMMITTED);
        assertThat(send(TransferRequest.of("rec-under", List.of(new Posting(poor, payer, money("5.01"))))))
                .isEqualTo(TransferStatus.ABORTED);
        assertThat(client.outcome("rec-under").reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        // later funded, so that a hold of the aborted transfer's amount fits in it (frozen stays within the balance)
        assertThat(send(TransferRequest.of("rec-fund-poor", List.of(new Posting(payer, poor, money("10.00"))))))
                .isEqualTo(TransferStatus.COMMITTED);
        assertThat(send(TransferRequest.of("rec-rejected", List.of(new Posting(payer,
                new AccountRef("bank-z", "1"), money("1.00")))))).isEqualTo(TransferStatus.REJECTED);

        ReconciliationReport report = reconcile();

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(report.transfers()).isEqualTo(5);
        // three openings, and a Try and a Confirm of each branch of the three committed transfers
        assertThat(report.entries()).isGreaterThanOrEqualTo(15);
        assertThat(report.counts()).containsEntry(DiscrepancyKind.MISSING_ENTRY, 0L);
    }

    @Test
    @Order(2)
    void eachBreakageOfTheBooksIsFoundAndNamedWithItsTransfer() throws SQLException {
        try (Connection bankA = database("bank-a"); Connection bankB = database("bank-b")) {
            update(bankB, "DELETE FROM account_journal WHERE transfer_id = 'rec-commit-1' AND kind = 'CONFIRM'");
            update(bankA, "UPDATE account_journal SET amount = 9.99 WHERE transfer_id = 'rec-commit-2'"
                    + " AND kind = 'CONFIRM'");
            update(bankB, "INSERT INTO account_journal (account, kind, transfer_id, branch, amount, balance, frozen,"
                    + " incoming) VALUES ('rec-payee', 'CONFIRM', 'nobody-made-this', 'CREDIT', 5.00, 65.00, 0, 0)");
            update(bankB, "INSERT INTO account_journal (account, kind, transfer_id, branch, amount, balance, frozen,"
                    + " incoming) VALUES ('rec-poor', 'TRY', 'rec-under', 'DEBIT', 5.01, 15.00, 5.01, 0)");
            update(bankB, "UPDATE account SET frozen = 5.01 WHERE id = 'rec-poor'");
        }

        ReconciliationReport report = reconcile();

        assertThat(report.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::transferId, Discrepancy::bank, Discrepancy::account,
                        Discrepancy::branch, Discrepancy::entry)
                .containsExactlyInAnyOrder(
                        tuple(DiscrepancyKind.MISSING_ENTRY, "rec-commit-1", "bank-b", "rec-payee", Branch.CREDIT,
                                EntryKind.CONFIRM),
                        tuple(DiscrepancyKind.AMOUNT_MISMATCH, "rec-commit-2", "bank-a", "rec-payer", Branch.DEBIT,
                                EntryKind.CONFIRM),
                        tuple(DiscrepancyKind.FOREIGN_ENTRY, "nobody-made-this", "bank-b", "rec-payee",
                                Branch.CREDIT, EntryKind.CONFIRM),
                        tuple(DiscrepancyKind.HOLD_OUTLIVED, "rec-under", "bank-b", "rec-poor", Branch.DEBIT,
                                EntryKind.TRY));
        Discrepancy edited = report.discrepancies().stream()
                .filter(d -> d.kind() == DiscrepancyKind.AMOUNT_MISMATCH).findFirst().orElseThrow();
        assertThat(edited.expected()).isEqualByComparingTo("10.00");
        assertThat(edited.found()).isEqualByComparingTo("9.99");
        assertThat(report.counts()).containsEntry(DiscrepancyKind.MISSING_ENTRY, 1L)
                .containsEntry(DiscrepancyKind.AMOUNT_MISMATCH, 1L).containsEntry(DiscrepancyKind.FOREIGN_ENTRY, 1L)
                .containsEntry(DiscrepancyKind.HOLD_OUTLIVED, 1L).containsEntry(DiscrepancyKind.DUPLICATE_ENTRY, 0L);

        HttpResponse<String> latest = client.get(Stack.ORCHESTRATOR, "/api/reconciliations/latest", Roles.OPERATOR);
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(EventJson.read(latest.body(), ReconciliationReport.class).discrepancies()).hasSize(4);
        assertThat(gauge("MISSING_ENTRY")).isEqualTo(1.0);
        assertThat(gauge("BANK_UNAVAILABLE")).isEqualTo(0.0);
    }

    @Test
    @Order(3)
    void onlyOperatorsReconcileAndABadWindowIsRefused() {
        Instant now = Instant.now();
        String window = EventJson.write(Map.of("from", now.toString(), "to", now.minusSeconds(60).toString()));
        assertThat(post(window, Roles.OPERATOR).statusCode()).isEqualTo(400);
        String tooLong = EventJson.write(Map.of("from", now.minus(40, ChronoUnit.DAYS).toString(),
                "to", now.toString()));
        assertThat(post(tooLong, Roles.OPERATOR).statusCode()).isEqualTo(400);
        assertThat(post("{\"from\": 12}", Roles.OPERATOR).statusCode()).isEqualTo(400);
        String beforeRetention = EventJson.write(Map.of("from", now.minus(30, ChronoUnit.DAYS).toString(),
                "to", now.minus(29, ChronoUnit.DAYS).toString()));
        HttpResponse<String> refused = post(beforeRetention, Roles.OPERATOR);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("tcc.orchestrator.retention.window");
        assertThat(post("{}", Roles.CLIENT).statusCode()).isEqualTo(403);
        assertThat(post("{}", null).statusCode()).isEqualTo(401);
        assertThat(client.get(Stack.ORCHESTRATOR, "/api/reconciliations/latest", Roles.CLIENT).statusCode())
                .isEqualTo(403);
    }

    /** The dashboard reads the banks through the same client as the reconciliation. */
    @Test
    @Order(4)
    void theDashboardStillReadsEveryBanksAccounts() {
        HttpResponse<String> response = client.get(Stack.ORCHESTRATOR, "/api/dashboard/banks", Roles.OPERATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        List<?> banks = EventJson.read(response.body(), List.class);
        assertThat(banks).extracting(bank -> ((Map<?, ?>) bank).get("bank"), bank -> ((Map<?, ?>) bank)
                .get("available")).containsExactly(tuple("bank-a", true), tuple("bank-b", true));
        assertThat(response.body()).contains("\"rec-poor\"");
    }

    private static TransferStatus send(TransferRequest request) {
        client.request(request);
        return awaitTerminal(request.transferId(), WITHIN).status();
    }

    /** Everything since the class started, as an operator over the API. */
    private static ReconciliationReport reconcile() {
        String window = EventJson.write(Map.of("from", started.toString(), "to", Instant.now().plusSeconds(1)
                .toString()));
        HttpResponse<String> response = post(window, Roles.OPERATOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.read(response.body(), ReconciliationReport.class);
    }

    private static HttpResponse<String> post(String body, String role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl(Stack.ORCHESTRATOR)
                + "/api/reconciliations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (role != null) {
            request.header("Authorization", stack.access().user(role).basicAuthorization());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double gauge(String kind) {
        HttpResponse<String> response = client.get(Stack.ORCHESTRATOR,
                "/actuator/metrics/tcc.reconciliation.discrepancies?tag=kind:" + kind, Roles.OPERATOR);
        assertThat(response.statusCode()).isEqualTo(200);
        var measurement = EventJson.read(response.body(), MetricResponse.class).measurements().get(0);
        return measurement.value();
    }

    record MetricResponse(List<Measurement> measurements) {
    }

    record Measurement(String statistic, double value) {
    }

    private static Connection database(String bank) throws SQLException {
        String url = infrastructure.databaseArguments(bank).stream()
                .filter(argument -> argument.startsWith("--spring.datasource.url="))
                .map(argument -> argument.substring("--spring.datasource.url=".length())).findFirst().orElseThrow();
        return DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }
}
