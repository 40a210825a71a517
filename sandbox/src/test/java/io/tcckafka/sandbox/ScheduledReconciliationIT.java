package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TestDatabase;

/**
 * The scheduled reconciliation on the secured stack, every second, each window ending try-timeout (5 s) before now:
 * a committed transfer whose Confirm entry is deleted at once is found by the run whose window it ended in.
 */
class ScheduledReconciliationIT extends StackFixture {

    private final Books books = new Books(client);

    @BeforeAll
    static void start() {
        startStack("--tcc.orchestrator.try-timeout=5s", "--tcc.orchestrator.reconciliation.interval=1s",
                "--tcc.orchestrator.reconciliation.margin=0s",
                // a run that cannot read a bank in time fails, and a loaded machine is slow now and then
                "--tcc.orchestrator.dashboard.bank-timeout=10s");
    }

    @Test
    void aDeletedEntryIsFoundByTheNextScheduledRun() throws SQLException {
        AccountRef payer = books.open("bank-a", "sched-payer", "50.00");
        AccountRef payee = books.open("bank-b", "sched-payee", "0.00");
        client.request(TransferRequest.of("sched-1", List.of(new Posting(payer, payee, money("12.00")))));
        assertThat(awaitTerminal("sched-1", Duration.ofSeconds(60)).status()).isEqualTo(TransferStatus.COMMITTED);

        try (Connection bankB = DriverManager.getConnection(url("bank-b"), TestDatabase.USER, TestDatabase.PASSWORD);
                PreparedStatement delete = bankB.prepareStatement(
                        "DELETE FROM account_journal WHERE transfer_id = 'sched-1' AND kind = 'CONFIRM'")) {
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> metric("tcc.reconciliation.discrepancies.found?tag=kind:MISSING_ENTRY"
                        + "&tag=trigger:scheduled"), found -> found >= 1);
        assertThat(metric("tcc.reconciliation.runs?tag=trigger:scheduled&tag=outcome:complete")).isGreaterThan(1);
        assertThat(metric("tcc.reconciliation.runs?tag=trigger:scheduled&tag=outcome:failed"))
                .as("failed runs (-1: none registered)").isNotPositive();
        assertThat(metric("tcc.reconciliation.last.window.end")).isPositive();
    }

    /** The metric's value; -1 while it is not registered. */
    private static double metric(String nameAndTags) {
        HttpResponse<String> response = client.get(Stack.ORCHESTRATOR, "/actuator/metrics/" + nameAndTags,
                Roles.OPERATOR);
        if (response.statusCode() == 404) {
            return -1;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.read(response.body(), ReconciliationIT.MetricResponse.class).measurements().get(0).value();
    }

    private static String url(String bank) {
        return infrastructure.databaseArguments(bank).stream()
                .filter(argument -> argument.startsWith("--spring.datasource.url="))
                .map(argument -> argument.substring("--spring.datasource.url=".length())).findFirst().orElseThrow();
    }
}
