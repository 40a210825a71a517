package io.tcckafka.bank;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.tcckafka.participant.command.BranchCommands;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TopicProbe;

/** The participant with a real KRaft broker and a fresh database on the local MariaDB, driven through Kafka. */
@ExtendWith({ BrokerAndDatabase.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ParticipantIT {

    private static final String BANK = "bank-a";
    private static final String COMMANDS = Topics.bankCommands(BANK);

    private static final String DEAD_LETTERS = Topics.deadLetter(COMMANDS);

    private static TopicProbe probe;
    private static CommandChannel channel;

    @LocalServerPort
    int port;

    @Autowired
    BranchCommands participant;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    AccountsApi api;

    @BeforeAll
    static void waitLongerOnASlowMachine() {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        BrokerAndDatabase.register(registry, BANK);
    }

    @BeforeEach
    void connect() {
        api = new AccountsApi(port, BrokerAndDatabase.users());
        if (probe == null) {
            probe = new TopicProbe(BrokerAndDatabase.broker().access(), List.of(Topics.bankReplies(BANK),
                    DEAD_LETTERS));
            channel = new CommandChannel(probe, BANK);
        }
    }

    @AfterAll
    static void closeClients() {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void debitTryFreezesAndConfirmTakesTheMoney() {
        String account = open("100.00");
        String transfer = newId();

        assertThat(send(transfer, Branch.DEBIT, Phase.TRY, account, "30.00")).isEqualTo(
                new BranchReply(transfer, Branch.DEBIT, Phase.TRY, BANK, account, new BigDecimal("30.00"),
                        Outcome.SUCCEEDED, null));
        assertAccount(account, "100.00", "30.00", "0.00", "70.00");

        assertThat(send(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "70.00", "0.00", "0.00", "70.00");
    }

    @Test
    void creditTryBooksIncomingAndConfirmMakesItSpendable() {
        String account = open("10.00");
        String transfer = newId();

        assertThat(send(transfer, Branch.CREDIT, Phase.TRY, account, "25.50").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "10.00", "0.00", "25.50", "10.00");

        assertThat(send(transfer, Branch.CREDIT, Phase.CONFIRM, account, "25.50").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "35.50", "0.00", "0.00", "35.50");
    }

    @Test
    void cancelReleasesWhatTheTryReserved() {
        String account = open("100.00");
        String debit = newId();
        String credit = newId();
        send(debit, Branch.DEBIT, Phase.TRY, account, "40.00");
        send(credit, Branch.CREDIT, Phase.TRY, account, "15.00");
        assertAccount(account, "100.00", "40.00", "15.00", "60.00");

        assertThat(send(debit, Branch.DEBIT, Phase.CANCEL, account, "40.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(send(credit, Branch.CREDIT, Phase.CANCEL, account, "15.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "100.00", "0.00", "0.00", "100.00");
    }

    @Test
    void insufficientFundsIsAFailedTryThatChangesNothing() {
        String account = open("20.00");
        String transfer = newId();

        assertThat(send(transfer, Branch.DEBIT, Phase.TRY, account, "50.00")).isEqualTo(new BranchReply(transfer,
                Branch.DEBIT, Phase.TRY, BANK, account, new BigDecimal("50.00"), Outcome.FAILED,
                Reason.INSUFFICIENT_FUNDS));
        assertAccount(account, "20.00", "0.00", "0.00", "20.00");

        // the failure was recorded: its Cancel has nothing to release, and succeeds
        assertThat(send(transfer, Branch.DEBIT, Phase.CANCEL, account, "50.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "20.00", "0.00", "0.00", "20.00");
    }

    @Test
    void incomingMoneyIsNotSpendable() {
        String account = open("0.00");
        send(newId(), Branch.CREDIT, Phase.TRY, account, "50.00");

        BranchReply debit = send(newId(), Branch.DEBIT, Phase.TRY, account, "10.00");

        assertThat(debit.reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        assertAccount(account, "0.00", "0.00", "50.00", "0.00");
    }

    @Test
    void cancelBeforeTryRefusesTheLateTry() {
        String account = open("100.00");
        String transfer = newId();

        assertThat(send(transfer, Branch.DEBIT, Phase.CANCEL, account, "30.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        BranchReply lateTry = send(transfer, Branch.DEBIT, Phase.TRY, account, "30.00");

        assertThat(lateTry).isEqualTo(new BranchReply(transfer, Branch.DEBIT, Phase.TRY, BANK, account,
                new BigDecimal("30.00"), Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY));
        assertAccount(account, "100.00", "0.00", "0.00", "100.00");
    }

    @Test
    void duplicatesHaveOneEffectAndIdenticalReplies() {
        String account = open("100.00");
        String confirmed = newId();
        String cancelled = newId();

        List<BranchReply> tries = sendTwice(confirmed, Branch.DEBIT, Phase.TRY, account, "10.00");
        assertThat(tries.get(1)).isEqualTo(tries.get(0));
        assertThat(tries.get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "100.00", "10.00", "0.00", "90.00");

        List<BranchReply> confirms = sendTwice(confirmed, Branch.DEBIT, Phase.CONFIRM, account, "10.00");
        assertThat(confirms.get(1)).isEqualTo(confirms.get(0));
        assertThat(confirms.get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "90.00", "0.00", "0.00", "90.00");

        send(cancelled, Branch.CREDIT, Phase.TRY, account, "5.00");
        List<BranchReply> cancels = sendTwice(cancelled, Branch.CREDIT, Phase.CANCEL, account, "5.00");
        assertThat(cancels.get(1)).isEqualTo(cancels.get(0));
        assertThat(cancels.get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "90.00", "0.00", "0.00", "90.00");
    }

    @Test
    void confirmWithoutTryMovesNoMoney() {
        String account = open("100.00");
        String transfer = newId();

        assertThat(send(transfer, Branch.CREDIT, Phase.CONFIRM, account, "30.00")).isEqualTo(new BranchReply(
                transfer, Branch.CREDIT, Phase.CONFIRM, BANK, account, new BigDecimal("30.00"), Outcome.FAILED,
                Reason.TRY_NOT_SUCCEEDED));
        assertAccount(account, "100.00", "0.00", "0.00", "100.00");

        // nothing was recorded: a Try may still come, and its Confirm then applies
        send(transfer, Branch.CREDIT, Phase.TRY, account, "30.00");
        assertThat(send(transfer, Branch.CREDIT, Phase.CONFIRM, account, "30.00").outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "130.00", "0.00", "0.00", "130.00");
    }

    @Test
    void aSettledBranchCannotBeSettledTheOtherWay() {
        String account = open("100.00");
        String confirmed = newId();
        String cancelled = newId();
        send(confirmed, Branch.DEBIT, Phase.TRY, account, "10.00");
        send(confirmed, Branch.DEBIT, Phase.CONFIRM, account, "10.00");
        send(cancelled, Branch.DEBIT, Phase.TRY, account, "20.00");
        send(cancelled, Branch.DEBIT, Phase.CANCEL, account, "20.00");

        assertThat(send(confirmed, Branch.DEBIT, Phase.CANCEL, account, "10.00").reason())
                .isEqualTo(Reason.ALREADY_CONFIRMED);
        assertThat(send(cancelled, Branch.DEBIT, Phase.CONFIRM, account, "20.00").reason())
                .isEqualTo(Reason.ALREADY_CANCELLED);
        assertAccount(account, "90.00", "0.00", "0.00", "90.00");
    }

    @Test
    void unknownAccountIsAFailedTry() {
        String missing = "missing-" + newId();

        assertThat(send(newId(), Branch.DEBIT, Phase.TRY, missing, "1.00").reason()).isEqualTo(Reason.ACCOUNT_NOT_FOUND);
        assertThat(send(newId(), Branch.CREDIT, Phase.TRY, missing, "1.00").reason()).isEqualTo(Reason.ACCOUNT_NOT_FOUND);
        assertThat(api.get(missing).status()).isEqualTo(404);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
        String account = open("10.00");
        probe.sendRaw(COMMANDS, account, "{not json");
        var wrongBank = new BranchCommand(newId(), Branch.DEBIT, Phase.TRY, "bank-z", account, new BigDecimal("1.00"));
        probe.send(COMMANDS, account, wrongBank);

        // the next good record of the same key, so of the same partition, is still processed
        assertThat(send(newId(), Branch.DEBIT, Phase.TRY, account, "4.00").outcome()).isEqualTo(Outcome.SUCCEEDED);

        List<ConsumerRecord<String, String>> dead = probe.awaitRecords(DEAD_LETTERS, record -> account.equals(record.key()), 2);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", EventJson.write(wrongBank));
        assertThat(header(dead.get(0), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(COMMANDS);
        assertThat(header(dead.get(0), KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotBlank();
        assertThat(header(dead.get(0), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        assertThat(header(dead.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("addressed to bank bank-z");
        assertAccount(account, "10.00", "4.00", "0.00", "6.00");
    }

    @Test
    void racingCopiesOfOneTryFreezeOnce() throws Exception {
        String account = open("100.00");
        var command = new BranchCommand(newId(), Branch.DEBIT, Phase.TRY, BANK, account, new BigDecimal("10.00"));

        List<Object> results = together(4, () -> participant.handle(command));

        BranchReply stored = participant.handle(command);
        assertThat(stored.outcome()).isEqualTo(Outcome.SUCCEEDED);
        // a loser of the race fails on the barrier's key (and Kafka would retry it) or already sees the stored reply
        assertThat(results).allSatisfy(result -> assertThat(result)
                .satisfiesAnyOf(r -> assertThat(r).isEqualTo(stored),
                        r -> assertThat(r).isInstanceOf(DataIntegrityViolationException.class)));
        assertAccount(account, "100.00", "10.00", "0.00", "90.00");
    }

    @Test
    void aRacingConfirmAndCancelOfOneBranchApplyOnlyOne() throws Exception {
        String account = open("1000.00");
        participant.handle(command(newId(), Phase.TRY, account, "500.00")); // keeps frozen above any one amount
        int confirmed = 0;
        for (int round = 0; round < 5; round++) {
            String transfer = newId();
            participant.handle(command(transfer, Phase.TRY, account, "10.00"));

            List<Object> results = together(2, List.of(
                    () -> participant.handle(command(transfer, Phase.CONFIRM, account, "10.00")),
                    () -> participant.handle(command(transfer, Phase.CANCEL, account, "10.00"))));

            assertThat(results).hasOnlyElementsOfType(BranchReply.class);
            List<BranchReply> succeeded = results.stream().map(BranchReply.class::cast)
                    .filter(BranchReply::succeeded).toList();
            assertThat(succeeded).hasSize(1);
            confirmed += succeeded.get(0).phase() == Phase.CONFIRM ? 1 : 0;
        }
        String balance = new BigDecimal("1000.00").subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(confirmed)))
                .toPlainString();
        assertAccount(account, balance, "500.00", "0.00", new BigDecimal(balance).subtract(new BigDecimal("500"))
                .toPlainString());
    }

    @Test
    void aCommandThatContradictsItsTryIsDeadLetteredCountedAndChangesNothing() {
        String account = open("100.00");
        String other = open("100.00");
        String transfer = newId();
        send(transfer, Branch.DEBIT, Phase.TRY, account, "30.00");

        probe.send(COMMANDS, account, new BranchCommand(transfer, Branch.DEBIT, Phase.CONFIRM, BANK, account,
                new BigDecimal("3.00")));
        probe.send(COMMANDS, account, new BranchCommand(transfer, Branch.DEBIT, Phase.CANCEL, BANK, account,
                new BigDecimal("30.01")));

        List<ConsumerRecord<String, String>> dead = probe.awaitRecords(DEAD_LETTERS,
                record -> record.value() != null && record.value().contains(transfer), 2);
        assertThat(dead).allSatisfy(record -> assertThat(header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("contradicts the Try recorded for its branch"));
        assertAccount(account, "100.00", "30.00", "0.00", "70.00");
        assertAccount(other, "100.00", "0.00", "0.00", "100.00");
        // counted once the dead-letter topic acknowledged, which can trail a consumer that read it
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.path("/actuator/metrics/tcc.dead.letters?tag=cause:mismatch").json().toString())
                .contains("value=2.0"));

        assertThat(send(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00").outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        assertAccount(account, "70.00", "0.00", "0.00", "70.00");
    }

    @Test
    void aCreditThatCouldNotBeConfirmedIsRefusedAndReservesNothing() {
        String full = open("99999999999999999.99");

        BranchReply refused = send(newId(), Branch.CREDIT, Phase.TRY, full, "0.01");

        assertThat(refused.reason()).isEqualTo(Reason.BALANCE_LIMIT_EXCEEDED);
        assertAccount(full, "99999999999999999.99", "0.00", "0.00", "99999999999999999.99");
    }

    /**
     * What a batch costs the database, counted on its own connection: the barrier's lock and read, one locking read
     * of its accounts, one bulk UPDATE of them all, the barrier's and the journal's inserts; the same statements
     * however many commands and accounts it has (issue 13). The UPDATE is one bulk statement ({@code Questions}), which the
     * server runs once per account ({@code Com_update}).
     */
    @Test
    void aBatchChangesAllItsAccountsWithOneBulkStatementHoweverManyItHas() {
        List<String> one = opened(1);
        List<String> eight = opened(8);

        Map<String, Long> forOne = statementsOf(tryConfirmAndCreditEach(one));
        Map<String, Long> forEight = statementsOf(tryConfirmAndCreditEach(eight));

        // the accounts locked, the barrier rows read behind that lock
        assertThat(forOne).containsEntry("Com_update", 1L).containsEntry("Com_select", 2L);
        assertThat(forEight).containsEntry("Com_update", 8L).containsEntry("Com_select", 2L)
                .containsEntry("Questions", forOne.get("Questions"));
        eight.forEach(account -> assertAccount(account, "90.00", "0.00", "5.00", "90.00"));
    }

    private List<String> opened(int accounts) {
        return IntStream.range(0, accounts).mapToObj(i -> open("100.00")).toList();
    }

    /** Per account: a debit's Try and Confirm of 10.00, and a credit's Try of 5.00 in another transfer. */
    private static List<BranchCommand> tryConfirmAndCreditEach(List<String> accounts) {
        String debit = newId();
        String credit = newId();
        BigDecimal ten = new BigDecimal("10.00");
        return accounts.stream().flatMap(account -> Stream.of(
                new BranchCommand(debit, Branch.DEBIT, Phase.TRY, BANK, account, ten),
                new BranchCommand(debit, Branch.DEBIT, Phase.CONFIRM, BANK, account, ten),
                new BranchCommand(credit, Branch.CREDIT, Phase.TRY, BANK, account, new BigDecimal("5.00"))))
                .toList();
    }

    /** How many statements of each kind the session sent while the kit applied the batch, in its transaction. */
    private Map<String, Long> statementsOf(List<BranchCommand> batch) {
        return transactions.execute(status -> {
            Map<String, Long> before = statementCounters();
            assertThat(participant.handle(batch)).extracting(BranchReply::outcome).containsOnly(Outcome.SUCCEEDED);
            Map<String, Long> after = statementCounters();
            return after.keySet().stream().collect(toMap(name -> name, name -> after.get(name) - before.get(name)));
        });
    }

    private Map<String, Long> statementCounters() {
        return jdbc.query("SHOW SESSION STATUS WHERE Variable_name IN ('Questions', 'Com_select', 'Com_insert', "
                + "'Com_update', 'Com_delete')", (ResultSet rows) -> {
                    Map<String, Long> counters = new TreeMap<>();
                    while (rows.next()) {
                        counters.put(rows.getString(1), rows.getLong(2));
                    }
                    return counters;
                });
    }

    @Test
    void accountsAreOpenedByAdminsAloneAndReadByOperators(CapturedOutput output) {
        String account = "roles-" + newId();

        assertThat(api.as(null).create(account, "1000000.00").status()).isEqualTo(401);
        assertThat(api.as(Roles.CLIENT).create(account, "1000000.00").status()).isEqualTo(403);
        assertThat(api.as(Roles.OPERATOR).create(account, "1000000.00").status()).isEqualTo(403);
        assertThat(api.as(null).get(account).status()).isEqualTo(401);
        assertThat(api.as(Roles.CLIENT).get(account).status()).isEqualTo(403);
        assertThat(api.create(account, "1000000.00").status()).isEqualTo(201);
        assertThat(api.as(Roles.OPERATOR).get(account).status()).isEqualTo(200);
        assertThat(output.getOut()).contains("account " + account + " opened with balance 1000000.00 by admin-user");

        assertThat(api.as(null).path("/actuator/health").status()).isEqualTo(200);
        assertThat(api.as(null).path("/actuator/health").body()).doesNotContain("components");
        assertThat(api.as(null).path("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.as(Roles.CLIENT).path("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.as(Roles.OPERATOR).path("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.as(Roles.OPERATOR).path("/actuator/health").body()).contains("components");
    }

    @Test
    void idsCompareExactlyAndEveryConnectionIsStrict() {
        String alice = "Alice-" + newId();
        String lower = alice.toLowerCase(java.util.Locale.ROOT);
        assertThat(api.create(alice, "10.00").status()).isEqualTo(201);
        assertThat(api.create(lower, "20.00").status()).isEqualTo(201);
        String transfer = "Case-" + newId();
        send(transfer, Branch.DEBIT, Phase.TRY, alice, "1.00");
        send(transfer.toLowerCase(java.util.Locale.ROOT), Branch.DEBIT, Phase.TRY, lower, "2.00");

        assertAccount(alice, "10.00", "1.00", "0.00", "9.00");
        assertAccount(lower, "20.00", "2.00", "0.00", "18.00");
        assertThat(jdbc.queryForObject("SELECT @@SESSION.sql_mode", String.class)).contains("STRICT_ALL_TABLES");
    }

    @Test
    void openingAndReadingAccountsOverHttp() {
        String account = "http-" + newId();

        AccountsApi.Response created = api.create(account, "100.00");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"account\":\"" + account
                + "\",\"balance\":\"100.00\",\"frozen\":\"0.00\",\"incoming\":\"0.00\",\"available\":\"100.00\"}");
        assertThat(api.create(account, "5.00").status()).isEqualTo(409);
        assertThat(api.get(account).json()).containsEntry("balance", "100.00");
        assertThat(api.get("no-such-account").status()).isEqualTo(404);
    }

    @Test
    void accountsAreListedInPagesInIdOrder() {
        String prefix = "page-" + newId() + "-";
        List.of("3", "1", "2").forEach(suffix -> api.create(prefix + suffix, "1.00"));

        assertThat(accountIds(api.list("limit=2&after=" + prefix))).containsExactly(prefix + "1", prefix + "2");
        assertThat(accountIds(api.list("limit=1&after=" + prefix + "2"))).containsExactly(prefix + "3");
        assertThat(accountIds(api.list(""))).isNotEmpty();
        assertThat(api.list("limit=0").status()).isEqualTo(400);
        assertThat(api.list("limit=1001").status()).isEqualTo(400);
    }

    private static List<Object> accountIds(AccountsApi.Response page) {
        assertThat(page.status()).isEqualTo(200);
        return page.jsonList().stream().map(view -> view.get("account")).toList();
    }

    @Test
    void badAccountRequestsGetAClearError() {
        for (String body : List.of("{\"account\":\"a b\",\"balance\":\"1.00\"}",
                "{\"account\":\"ok\",\"balance\":\"-1.00\"}",
                "{\"account\":\"ok\",\"balance\":\"1.001\"}",
                "{\"account\":\"ok\",\"balance\":\"lots\"}",
                "{\"account\":\"ok\"}",
                "not json")) {
            AccountsApi.Response response = api.create(body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("detail")).as(body).asString().isNotBlank();
        }
        assertThat(api.get("ok").status()).isEqualTo(404);
    }

    private BranchReply send(String transfer, Branch branch, Phase phase, String account, String amount) {
        return sendAndAwait(1, transfer, branch, phase, account, amount).get(0);
    }

    private List<BranchReply> sendTwice(String transfer, Branch branch, Phase phase, String account, String amount) {
        return sendAndAwait(2, transfer, branch, phase, account, amount);
    }

    private List<BranchReply> sendAndAwait(int times, String transfer, Branch branch, Phase phase, String account,
            String amount) {
        return channel.send(times, new BranchCommand(transfer, branch, phase, BANK, account, new BigDecimal(amount)));
    }

    private static BranchCommand command(String transfer, Phase phase, String account, String amount) {
        return new BranchCommand(transfer, Branch.DEBIT, phase, BANK, account, new BigDecimal(amount));
    }

    private String open(String balance) {
        String account = "acc-" + newId();
        assertThat(api.create(account, balance).status()).isEqualTo(201);
        return account;
    }

    private void assertAccount(String account, String balance, String frozen, String incoming, String available) {
        assertThat(api.get(account).json()).isEqualTo(Map.of("account", account, "balance", balance,
                "frozen", frozen, "incoming", incoming, "available", available));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<Object> together(int copies, Callable<Object> task) throws Exception {
        return together(copies, Collections.nCopies(copies, task));
    }

    /** Starts the tasks at the same moment; each result is the task's value or the exception it threw. */
    private static List<Object> together(int threads, List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }
}
