package io.tcckafka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.ReconciliationReport;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TransferView;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.provisioning.broker.Ports;
import io.tcckafka.sandbox.Stack;
import io.tcckafka.sandbox.StackAccess;
import io.tcckafka.sandbox.StackClient;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * The client against the real stack, secured as deployed (SCRAM and ACLs on a KRaft broker, HTTP users, a MariaDB
 * database per service), with a credentials folder as the sandbox writes it: each command's output and exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TccClientIT {

    private static final List<String> SERVICES = List.of(Stack.ORCHESTRATOR, "bank-a", "bank-b");

    private static TestBroker broker;
    private static TestUsers users;
    private static final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private static Stack stack;
    private static Path credentials;
    private static final Map<String, String> bankUrls = new LinkedHashMap<>();

    @TempDir
    static Path work;

    private static final Instant started = Instant.now().minusSeconds(60);

    @BeforeAll
    static void startStack() throws IOException {
        broker = TestBroker.start();
        users = TestUsers.create();
        SERVICES.forEach(service -> databases.put(service, TestDatabase.create("cli_" + service)));
        stack = new Stack(StackAccess.secure(broker.access(), users.file()),
                service -> databases.get(service).springArguments(),
                List.of("--tcc.orchestrator.try-timeout=3s", "--tcc.orchestrator.stuck-after-attempts=1"));
        stack.startBank("bank-a", 0);
        stack.startBank("bank-b", 0);
        stack.startOrchestrator(0, stack.bankArguments());
        List.of("bank-a", "bank-b").forEach(bank -> bankUrls.put(bank, stack.baseUrl(bank)));
        try (StackClient admin = new StackClient(stack)) {
            admin.openAccount("bank-a", "2", "100.00");
            admin.openAccount("bank-b", "1", "20.00");
        }
        credentials = sandboxCredentials(users.all());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        databases.values().forEach(TestDatabase::close);
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void submitWaitsForTheCommitAndExitsZero() {
        Tcc submit = tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "3.00", "--id", "cli-ok");

        assertThat(submit.exit()).as("%s", submit).isZero();
        assertThat(submit.out()).isEqualTo("cli-ok  COMMITTED\n");
    }

    @Test
    void anUnderfundedTransferAbortsWithItsReasonAndExitsThree() {
        Tcc submit = tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "5000.00", "--id", "cli-poor");

        assertThat(submit.exit()).as("%s", submit).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(submit.out()).isEqualTo("cli-poor  ABORTED (INSUFFICIENT_FUNDS)\n");
    }

    @Test
    void severalPostingsAndTheJsonOfTheOutcome() {
        Tcc submit = tcc("submit", "--json", "--posting", "bank-a/2,bank-b/1,1.00", "--posting",
                "bank-b/1,bank-a/2,0.25", "--id", "cli-two");

        assertThat(submit.exit()).as("%s", submit).isZero();
        TransferView transfer = EventJson.read(submit.out(), TransferView.class);
        assertThat(transfer.status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(transfer.postings()).hasSize(2);
        assertThat(transfer.branches()).hasSize(4);
    }

    @Test
    void showPrintsStatusPostingsAndBranches() {
        tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "2.00", "--id", "cli-shown");

        Tcc show = tcc("show", "cli-shown");

        assertThat(show.exit()).as("%s", show).isZero();
        assertThat(show.out()).startsWith("Transfer cli-shown  COMMITTED\n").contains("Postings:", "Branches:");
        assertThat(show.lines()).anySatisfy(line -> assertThat(line).contains("bank-a/2", "bank-b/1", "2.00"))
                .anySatisfy(line -> assertThat(line).contains("DEBIT", "bank-a/2", "SUCCEEDED", "DONE"))
                .anySatisfy(line -> assertThat(line).contains("CREDIT", "bank-b/1", "SUCCEEDED", "DONE"));
        Tcc json = tcc("show", "--json", "cli-shown");
        assertThat(EventJson.read(json.out(), TransferView.class).transferId()).isEqualTo("cli-shown");
    }

    @Test
    void showOfAnUnknownTransferExitsThree() {
        Tcc show = tcc("show", "no-such-transfer");

        assertThat(show.exit()).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(show.err()).contains("no transfer no-such-transfer");
        assertThat(show.out()).isEmpty();
    }

    @Test
    void watchPrintsOneReadableLinePerEventAndJsonLinesForScripts() {
        tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "1.50", "--id", "cli-watched");

        Tcc watch = tcc("watch", "--from-beginning", "--max=3", "--timeout=60s");

        assertThat(watch.exit()).as("%s", watch).isZero();
        assertThat(watch.lines()).hasSize(3).allMatch(line -> line.matches(
                "\\d{4}-\\d\\d-\\d\\dT\\S+Z  [\\w.:-]+  (ACCEPTED|CONFIRMING|CANCELLING|COMMITTED|ABORTED|REJECTED)"
                        + "( \\(\\w+\\))?(: .*)?"), "time  transferId  STATUS (REASON)");
        assertThat(watch.err()).contains("Watching transfer.events", "as principal client");

        Tcc json = tcc("watch", "--json", "--from-beginning", "--max=3", "--timeout=60s");
        assertThat(json.exit()).as("%s", json).isZero();
        List<TransferEvent> events = json.lines().stream().map(line -> EventJson.read(line, TransferEvent.class))
                .toList();
        assertThat(events).hasSize(3).allSatisfy(event -> assertThat(event.transferId()).isNotBlank());
    }

    @Test
    void watchEndsAtItsTimeoutWithExitFourWhenFewerEventsCame() {
        Tcc watch = tcc("watch", "--max=1", "--timeout=2s");

        assertThat(watch.exit()).as("%s", watch).isEqualTo(ExitCodes.IN_FLIGHT);
        assertThat(watch.out()).isEmpty();
    }

    @Test
    void noStuckTransfers() {
        Tcc stuck = tcc("stuck");

        assertThat(stuck.exit()).as("%s", stuck).isZero();
        assertThat(stuck.out()).isEqualTo("No stuck transfers.\n");
        assertThat(tcc("stuck", "--json").out().strip()).isEqualTo("[]");
    }

    @Test
    void retryExplainsWhyThereIsNothingToRetry() {
        tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "0.50", "--id", "cli-done");

        Tcc ended = tcc("retry", "cli-done");
        Tcc unknown = tcc("retry", "cli-unknown");

        assertThat(ended.exit()).as("%s", ended).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(ended.err()).contains("cli-done is not confirming or cancelling");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(unknown.err()).contains("no transfer cli-unknown");
    }

    @Test
    void accountShowsItsMoney() {
        Tcc account = tcc("account", "bank-b/1");

        assertThat(account.exit()).as("%s", account).isZero();
        assertThat(account.out()).matches("bank-b/1  balance \\d+\\.\\d\\d  frozen \\d+\\.\\d\\d  incoming "
                + "\\d+\\.\\d\\d  available \\d+\\.\\d\\d\n");
        AccountView json = EventJson.read(tcc("account", "--json", "bank-b/1").out(), AccountView.class);
        assertThat(json.account()).isEqualTo("1");
        Tcc missing = tcc("account", "bank-a/nobody");
        assertThat(missing.exit()).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(missing.err()).contains("bank-a has no account nobody");
    }

    @Test
    void statementListsEveryEntryOfEveryPageAndAddsUpToTheBalance() {
        tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "4.00", "--id", "cli-stated");

        Tcc statement = tcc("statement", "bank-a/2", "--page-size=2");

        assertThat(statement.exit()).as("%s", statement).isZero();
        assertThat(statement.lines().get(0)).startsWith("Statement of bank-a/2: ");
        assertThat(statement.lines().get(1)).matches("entry +time +kind +transfer +branch +amount +balance change "
                + "+balance +frozen +incoming");
        assertThat(statement.lines())
                .anySatisfy(line -> assertThat(line).matches(" +1  \\S+Z  OPEN +100\\.00 +\\+100\\.00 .*"))
                .anySatisfy(line -> assertThat(line).matches(".*  TRY +cli-stated +DEBIT +4\\.00 +0\\.00 .*"))
                .anySatisfy(line -> assertThat(line).matches(".*  CONFIRM +cli-stated +DEBIT +4\\.00 +-4\\.00 .*"));

        JournalPage all = EventJson.read(tcc("statement", "--json", "bank-a/2", "--page-size=2").out(),
                JournalPage.class);
        AccountView account = EventJson.read(tcc("account", "--json", "bank-a/2").out(), AccountView.class);
        assertThat(all.entries()).hasSize(statement.lines().size() - 2);
        assertThat(all.entries().stream().map(JournalEntry::balanceChange).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the sum of the entries' balance changes").isEqualByComparingTo(account.balance());
        assertThat(tcc("statement", "bank-a/2", "--from", "2999-01-01").out())
                .isEqualTo("No entries for bank-a/2 in this window.\n");
        Tcc missing = tcc("statement", "bank-a/nobody");
        assertThat(missing.exit()).as("%s", missing).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(missing.err()).contains("bank-a has no account nobody");
    }

    @Test
    void reconcileSaysTheBooksAreCleanAndThenNamesAPlantedForeignEntry() throws SQLException {
        try (StackClient admin = new StackClient(stack)) {
            admin.openAccount("bank-b", "cli-recon", "10.00");
        }
        tcc("submit", "--from", "bank-a/2", "--to", "bank-b/cli-recon", "--amount", "1.00", "--id", "cli-reconciled");
        String to = Instant.now().plusSeconds(1).toString();

        Tcc clean = tcc("reconcile", "--from", started.toString(), "--to", to);

        assertThat(clean.exit()).as("%s", clean).isZero();
        assertThat(clean.lines()).hasSize(2).last().isEqualTo("No discrepancies.");
        assertThat(clean.lines().get(0)).startsWith("Reconciliation of " + started + " to " + to)
                .endsWith(", complete");

        try (Connection bankB = DriverManager.getConnection(databases.get("bank-b").jdbcUrl(), TestDatabase.USER,
                TestDatabase.PASSWORD); Statement sql = bankB.createStatement()) {
            sql.executeUpdate("INSERT INTO account_journal (account, kind, transfer_id, branch, amount, balance,"
                    + " frozen, incoming) VALUES ('cli-recon', 'CONFIRM', 'nobody-made-this', 'CREDIT', 5.00, 16.00, 0, 0)");
        }
        Tcc broken = tcc("reconcile", "--from", started.toString(), "--to", Instant.now().plusSeconds(1).toString());

        assertThat(broken.exit()).as("%s", broken).isEqualTo(ExitCodes.NEGATIVE);
        assertThat(broken.out()).contains("Discrepancies:", "  FOREIGN_ENTRY  1");
        assertThat(broken.lines()).anySatisfy(line -> assertThat(line)
                .matches(" +FOREIGN_ENTRY +nobody-made-this +bank-b/cli-recon +CREDIT +CONFIRM .*"));
        ReconciliationReport json = EventJson.read(tcc("reconcile", "--json", "--from", started.toString()).out(),
                ReconciliationReport.class);
        assertThat(json.discrepancies()).extracting(Discrepancy::kind).containsExactly(DiscrepancyKind.FOREIGN_ENTRY);
    }

    /** Last: bank-b stops answering, so what is submitted now stays in flight, then is stuck cancelling. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aTransferInFlightExitsFourThenIsListedStuckAndRetried() {
        stack.stop("bank-b");

        Tcc submit = tcc("submit", "--from", "bank-a/2", "--to", "bank-b/1", "--amount", "1.00", "--id", "cli-stuck",
                "--wait=1s");

        assertThat(submit.exit()).as("%s", submit).isEqualTo(ExitCodes.IN_FLIGHT);
        assertThat(submit.out()).isEqualTo("cli-stuck  ACCEPTED  (still in flight after 1s)\n");
        Tcc stuck = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> tcc("stuck"), listed -> listed.out().startsWith("transfer "));
        assertThat(stuck.lines()).hasSize(2);
        assertThat(stuck.lines().get(1)).matches("cli-stuck +CANCELLING \\(TRY_TIMEOUT\\) +CANCEL +\\d+ .* CREDIT bank-b/1");
        Tcc retried = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> tcc("retry", "cli-stuck"), retry -> retry.exit() != ExitCodes.IN_FLIGHT);
        assertThat(retried.exit()).as("%s", retried).isZero();
        assertThat(retried.out()).startsWith("cli-stuck: its pending CANCEL commands go out again now");
        Tcc show = tcc("show", "--user=operator", "cli-stuck");
        assertThat(show.out()).startsWith("Transfer cli-stuck  CANCELLING (TRY_TIMEOUT)\n");
    }

    @Test
    void aWrongPasswordExitsTwoNamingTheUrlTheUserAnd401() throws IOException {
        Map<String, UsersFile.User> wrong = new LinkedHashMap<>();
        users.all().forEach((role, user) -> wrong.put(role, new UsersFile.User(role, user.name(), "not-it")));
        Path elsewhere = sandboxCredentials(wrong);

        Tcc show = Tcc.run("show", "--credentials=" + elsewhere, "--orchestrator=" + orchestrator(), "cli-ok");

        assertThat(show.exit()).as("%s", show).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(show.err()).contains(orchestrator() + "/api/transfers/cli-ok", "401",
                "user " + users.user(Roles.CLIENT).name(), elsewhere.resolve("http-users.properties").toString());
    }

    @Test
    void aUserWithoutTheRoleExitsTwoNaming403AndTheRole() {
        Tcc stuck = tcc("stuck", "--user=client");

        assertThat(stuck.exit()).as("%s", stuck).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(stuck.err()).contains("403", "user " + users.user(Roles.CLIENT).name(), "--user=operator");
    }

    @Test
    void anUnreachableOrchestratorExitsTwo() {
        String nowhere = "http://localhost:" + new Ports().next();

        Tcc show = Tcc.run("show", "--credentials=" + credentials, "--orchestrator=" + nowhere, "cli-ok");

        assertThat(show.exit()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(show.err()).contains(nowhere + "/api/transfers/cli-ok", "cannot connect");
    }

    /** The command with the stack's addresses and credentials, as a user of the sandbox gets by default. */
    private static Tcc tcc(String command, String... arguments) {
        List<String> args = new ArrayList<>(List.of(command, "--credentials=" + credentials,
                "--orchestrator=" + orchestrator()));
        bankUrls.forEach((bank, url) -> args.add("--bank=" + bank + "=" + url));
        args.addAll(List.of(arguments));
        return Tcc.run(args.toArray(String[]::new));
    }

    private static String orchestrator() {
        return stack.baseUrl(Stack.ORCHESTRATOR);
    }

    /** A folder as the sandbox's tcc-data/credentials: the HTTP users, the client principal's Kafka settings. */
    private static Path sandboxCredentials(Map<String, UsersFile.User> httpUsers) throws IOException {
        Path folder = Files.createTempDirectory(work, "credentials-");
        UsersFile.write(folder.resolve("http-users.properties"), httpUsers);
        Files.writeString(folder.resolve("client.properties"), broker.as(Principals.CLIENT).propertiesFile());
        return folder;
    }
}
