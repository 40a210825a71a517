package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * The dashboard in headless Chromium against the whole stack (real broker, MariaDB): after a few transfers it shows
 * what the orchestrator and the banks hold; then, with bank-b down, a transfer in flight, stuck, and bank-b as
 * unavailable. The browser logs in as the operator, and its session changes nothing without its CSRF token.
 * Screenshots go to target/dashboard.png and target/dashboard-bank-down.png.
 */
@ExtendWith(RequiresChromium.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Path TARGET = Path.of("target");

    private static final List<TransferRequest> sent = new ArrayList<>();
    private static ChromeDriver browser;
    private static DashboardPage page;

    @BeforeAll
    static void runTransfersAndOpenTheDashboard() throws IOException {
        // a short Try deadline and "stuck" after the first send make a bank outage visible within seconds
        startStack("--tcc.orchestrator.try-timeout=5s", "--tcc.orchestrator.stuck-after-attempts=1");
        client.openAccount("bank-a", "alice", "100.00");
        client.openAccount("bank-b", "bob", "20.00");
        AccountRef alice = new AccountRef("bank-a", "alice");
        AccountRef bob = new AccountRef("bank-b", "bob");
        for (int i = 1; i <= 3; i++) {
            sent.add(new TransferRequest("pay-" + i, alice, bob, money("10.00")));
        }
        sent.add(new TransferRequest("too-much", bob, alice, money("500.00")));
        sent.add(new TransferRequest("to-nobody", alice, new AccountRef("bank-b", "nobody"), money("1.00")));
        sent.forEach(client::request);
        awaitAllTerminal(sent, WITHIN);

        browser = HeadlessChrome.start(Files.createTempDirectory("dashboard-chrome"), 1440, 1320);
        UsersFile.User operator = stack.access().user(Roles.OPERATOR);
        page = new DashboardPage(browser, stack.baseUrl(Stack.ORCHESTRATOR) + "/", operator.name(),
                operator.password());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void countsByStatusAreTheOrchestrators() {
        Map<TransferStatus, Long> expected = sent.stream().map(r -> client.outcome(r.transferId()).status())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(expected).containsKeys(TransferStatus.COMMITTED, TransferStatus.ABORTED);

        await().atMost(WITHIN).untilAsserted(() -> {
            for (TransferStatus status : TransferStatus.values()) {
                assertThat(page.count(status.name())).as(status.name()).isEqualTo(expected.getOrDefault(status, 0L));
            }
            assertThat(page.count("STUCK")).isZero();
        });
    }

    @Test
    @Order(2)
    void chartsShowThroughputAndLatency() {
        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(page.hasChartCanvas("throughput")).isTrue();
            assertThat(page.hasChartCanvas("latency")).isTrue();
            // committed/s summed over 10 s buckets: the committed transfers divided by 10
            assertThat(page.chartSeriesSum("throughput", 1) * 10).isCloseTo(count(TransferStatus.COMMITTED),
                    offset(0.01));
            assertThat(page.chartSeriesSum("throughput", 2)).isPositive();
            assertThat(page.chartSeriesSum("latency", 3)).as("max latency").isPositive();
        });
    }

    @Test
    @Order(3)
    void searchingATransferShowsItsTimelineWithBothBranches() {
        page.searchTransfer("pay-1");

        await().atMost(WITHIN).untilAsserted(() -> assertThat(page.timelineSteps()).satisfiesExactly(
                step -> assertThat(step).contains("Accepted", "bank-a/alice → bank-b/bob"),
                step -> assertThat(step).contains("Try debit bank-a/alice", "succeeded"),
                step -> assertThat(step).contains("Try credit bank-b/bob", "succeeded"),
                step -> assertThat(step).contains("Decided: confirm"),
                step -> assertThat(step).contains("Confirm debit bank-a/alice", "acknowledged"),
                step -> assertThat(step).contains("Confirm credit bank-b/bob", "acknowledged"),
                step -> assertThat(step).contains("Committed")));
        assertThat(page.timelineStatus()).isEqualTo("COMMITTED");
        assertThat(page.timelineSteps()).allSatisfy(step -> assertThat(step).matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.*"));

        page.searchTransfer("too-much");

        await().atMost(WITHIN).untilAsserted(() -> assertThat(page.timelineSteps())
                .anySatisfy(step -> assertThat(step).contains("Try debit bank-b/bob", "failed: INSUFFICIENT_FUNDS"))
                .anySatisfy(step -> assertThat(step).contains("Decided: cancel", "INSUFFICIENT_FUNDS"))
                .anySatisfy(step -> assertThat(step).contains("Aborted")));
    }

    @Test
    @Order(4)
    void eachBanksAccountsAreListed() {
        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(page.bankAccounts("bank-a")).anySatisfy(row -> assertThat(row)
                    .isEqualTo("alice " + balances(client.account("bank-a", "alice"))));
            assertThat(page.bankAccounts("bank-b")).anySatisfy(row -> assertThat(row)
                    .isEqualTo("bob " + balances(client.account("bank-b", "bob"))));
        });
        assertThat(page.sectionText("in-flight")).contains("Nothing in flight.");
        assertThat(page.sectionText("stuck")).contains("No stuck transfers.");
        page.saveScreenshot(TARGET.resolve("dashboard.png"));
    }

    @Test
    @Order(5)
    void theSessionChangesStateOnlyWithItsCsrfToken() {
        assertThat(page.postFromTheSession("/api/transfers/pay-1/retry", false)).isEqualTo(403);
        assertThat(page.postFromTheSession("/api/transfers/pay-1/retry", true)).isEqualTo(409);
    }

    @Test
    @Order(6)
    void withABankDownATransferIsInFlightThenStuckAndTheBankUnavailable() {
        stack.stop("bank-b");
        var request = new TransferRequest("while-bank-b-is-down", new AccountRef("bank-a", "alice"),
                new AccountRef("bank-b", "bob"), money("1.00"));
        client.request(request);

        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(page.inFlightTransfers()).contains(request.transferId());
            assertThat(page.stuckTransfers()).contains(request.transferId());
            assertThat(page.count("STUCK")).isEqualTo(1);
            assertThat(page.bankCard("bank-b")).contains("unavailable");
        });
        assertThat(page.bankAccounts("bank-a")).isNotEmpty();
        page.saveScreenshot(TARGET.resolve("dashboard-bank-down.png"));
    }

    private static long count(TransferStatus status) {
        return sent.stream().filter(r -> client.outcome(r.transferId()).status() == status).count();
    }

    private static String balances(AccountView account) {
        return String.join(" ", account.balance().toPlainString(), account.frozen().toPlainString(),
                account.incoming().toPlainString(), account.available().toPlainString());
    }
}
