package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Money;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * The attacks that once worked against the running system (docs/security.md), on the whole stack with security on
 * as deployed: each tried as an outsider (no credentials, or a guessed password), as the client principal, and as one
 * bank acting against another. Each ends with the books unchanged: refused by the broker, dead-lettered, or answered
 * without effect; over HTTP, 401 without credentials and 403 with the wrong role.
 */
class AttackIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final List<TransferRequest> requests = new ArrayList<>();
    private static Books books;
    private static AccountRef victim;
    private static AccountRef planted;
    private static AccountRef payer;
    private static AccountRef payee;

    @BeforeAll
    static void start() {
        // a Try deadline long enough for a bank to be stopped and started again
        startStack("--tcc.orchestrator.try-timeout=60s");
        books = new Books(client);
        victim = books.open("bank-b", "victim", "100.00");
        planted = books.open("bank-a", "planted-on", "50.00");
        payer = books.open("bank-a", "payer", "100.00");
        payee = books.open("bank-b", "payee", "0.00");
    }

    @AfterAll
    static void theBooksBalance() {
        awaitAllTerminal(requests, WITHIN);
        books.assertBalanced(requests);
    }

    static Stream<Attacker> attackers() {
        KafkaAccess client = stack.access().kafka().as(Principals.CLIENT);
        return Stream.of(
                new Attacker("an outsider without credentials", KafkaAccess.insecure(client.bootstrapServers())),
                new Attacker("an outsider guessing bank-b's password", client.as("bank-b", "bank-b-password")),
                new Attacker("the client principal", client),
                new Attacker("bank-a acting against bank-b", stack.access().kafka().as("bank-a")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackers")
    void nobodyButTheOrchestratorCommandsABank(Attacker attacker) {
        String transfer = "forged-credit-" + Math.abs(attacker.name().hashCode());
        String tryCredit = EventJson.write(new BranchCommand(transfer, Branch.CREDIT, Phase.TRY, "bank-b",
                victim.account(), money("1000.00")));
        String confirm = EventJson.write(new BranchCommand(transfer, Branch.CREDIT, Phase.CONFIRM, "bank-b",
                victim.account(), money("1000.00")));

        assertThat(attacker.produced(Topics.bankCommands("bank-b"), victim.account(), tryCredit, confirm)).isFalse();
        assertThat(client.account("bank-b", victim.account()).balance()).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackers")
    void aTryPlantedBeforeTheRealRequestChangesNothing(Attacker attacker) {
        String transfer = "planted-" + Math.abs(attacker.name().hashCode());
        String plant = EventJson.write(new BranchCommand(transfer, Branch.DEBIT, Phase.TRY, "bank-a",
                planted.account(), money("0.01")));

        assertThat(attacker.produced(Topics.bankCommands("bank-a"), planted.account(), plant)).isFalse();
        var real = new TransferRequest(transfer, payer, payee, money("1.00"));
        requests.add(real);
        client.request(real);

        assertThat(awaitTerminal(transfer, WITHIN).status()).isEqualTo(TransferStatus.COMMITTED);
        AccountView untouched = client.account("bank-a", planted.account());
        assertThat(untouched.balance()).isEqualByComparingTo("50.00");
        assertThat(untouched.frozen()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackers")
    void nobodyReadsABanksCommandsOrJoinsAServicesGroup(Attacker attacker) {
        assertThat(attacker.read(Topics.bankCommands("bank-b"), null)).isZero();
        assertThat(attacker.read(Topics.TRANSFER_REQUESTS, Principals.ORCHESTRATOR)).isZero();
        assertThat(attacker.read(Topics.bankCommands("bank-b"), "bank-b")).isZero();
    }

    /**
     * With bank-b down, a forged SUCCEEDED for its debit Try would confirm an underfunded transfer and pay bank-a's
     * payee; a forged FAILED would cancel it. Nobody but bank-b may answer for bank-b: on its reply topic the broker
     * refuses anyone else, and a reply in bank-b's name on bank-a's own topic is dead-lettered.
     */
    @Test
    void nobodyButABankAnswersForIt() {
        AccountRef poor = books.open("bank-b", "poor", "1.00");
        AccountRef rich = books.open("bank-a", "rich", "0.00");
        stack.stop("bank-b");
        var underfunded = new TransferRequest("forged-replies", poor, rich, money("500.00"));
        requests.add(underfunded);
        client.request(underfunded);
        String forged = EventJson.write(new BranchReply(underfunded.transferId(), Branch.DEBIT, Phase.TRY, "bank-b",
                poor.account(), money("500.00"), Outcome.SUCCEEDED, null));

        for (Attacker attacker : attackers().toList()) {
            assertThat(attacker.produced(Topics.bankReplies("bank-b"), underfunded.transferId(), forged))
                    .as(attacker.name()).isFalse();
        }
        Attacker bankA = new Attacker("bank-a", stack.access().kafka().as("bank-a"));
        assertThat(bankA.produced(Topics.bankReplies("bank-a"), underfunded.transferId(), forged)).isTrue();
        probe.awaitRecords(Topics.deadLetter(Topics.bankReplies("bank-a")),
                r -> underfunded.transferId().equals(r.key()), 1);
        assertThat(client.outcome(underfunded.transferId()).status()).isEqualTo(TransferStatus.ACCEPTED);

        stack.startBank("bank-b", 0);
        TransferOutcome outcome = awaitTerminal(underfunded.transferId(), WITHIN);
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        assertThat(client.account("bank-a", rich.account()).balance()).isZero();
    }

    @Test
    void aCreditThatCouldNotBeConfirmedAbortsWithNothingFrozenOrStuck() {
        AccountRef full = books.open("bank-b", "full", Money.MAX.toPlainString());
        var request = new TransferRequest("over-the-top", payer, full, money("0.01"));
        requests.add(request);
        client.request(request);

        TransferOutcome outcome = awaitTerminal(request.transferId(), WITHIN);
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.BALANCE_LIMIT_EXCEEDED);
    }

    @Test
    void overHttpNobodyWithoutCredentialsAndNobodyWithTheWrongRole() throws Exception {
        String funded = "{\"account\":\"printed-money\",\"balance\":\"1000000.00\"}";
        String move = EventJson.write(new TransferRequest("http-attack", payer, payee, money("99.00")));
        var guessed = new UsersFile.User(Roles.ADMIN, stack.access().user(Roles.ADMIN).name(), "admin");

        assertThat(post("bank-b", "/api/accounts", funded, null)).isEqualTo(401);
        assertThat(post("bank-b", "/api/accounts", funded, guessed)).isEqualTo(401);
        assertThat(post("bank-b", "/api/accounts", funded, user(Roles.CLIENT))).isEqualTo(403);
        assertThat(post("bank-b", "/api/accounts", funded, user(Roles.OPERATOR))).isEqualTo(403);
        assertThat(client.get("bank-b", "/api/accounts/printed-money", Roles.OPERATOR).statusCode()).isEqualTo(404);

        assertThat(post(Stack.ORCHESTRATOR, "/api/transfers", move, null)).isEqualTo(401);
        assertThat(post(Stack.ORCHESTRATOR, "/api/transfers", move, user(Roles.OPERATOR))).isEqualTo(403);
        assertThat(post(Stack.ORCHESTRATOR, "/api/transfers", move, user(Roles.ADMIN))).isEqualTo(403);
        assertThat(client.outcome("http-attack")).isNull();

        assertThat(client.get("bank-a", "/api/accounts", null).statusCode()).isEqualTo(401);
        assertThat(client.get("bank-a", "/api/accounts", Roles.CLIENT).statusCode()).isEqualTo(403);
        // the books are the operators' to read, and nobody's to write over HTTP
        assertThat(client.get("bank-a", "/api/accounts/2/statement", null).statusCode()).isEqualTo(401);
        assertThat(client.get("bank-a", "/api/accounts/2/statement", Roles.CLIENT).statusCode()).isEqualTo(403);
        assertThat(client.get("bank-a", "/api/journal", Roles.CLIENT).statusCode()).isEqualTo(403);
        assertThat(client.get("bank-a", "/api/accounts/printed-money/statement", Roles.OPERATOR).statusCode())
                .isEqualTo(404);
        assertThat(post("bank-a", "/api/journal", "{\"account\":\"2\",\"amount\":\"1.00\"}", user(Roles.ADMIN)))
                .isEqualTo(403);
        assertThat(client.get(Stack.ORCHESTRATOR, "/api/stuck-transfers", null).statusCode()).isEqualTo(401);
        assertThat(client.get(Stack.ORCHESTRATOR, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(client.get(Stack.ORCHESTRATOR, "/actuator/prometheus", Roles.CLIENT).statusCode()).isEqualTo(403);
        assertThat(client.get(Stack.ORCHESTRATOR, "/", null).statusCode()).isEqualTo(401);
        assertThat(client.get(Stack.ORCHESTRATOR, "/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private static UsersFile.User user(String role) {
        return stack.access().user(role);
    }

    private static int post(String service, String path, String json, UsersFile.User as) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.baseUrl(service) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (as != null) {
            request.header("Authorization", as.basicAuthorization());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
