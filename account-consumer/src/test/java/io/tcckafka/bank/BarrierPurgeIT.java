package io.tcckafka.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TopicProbe;

/**
 * The barrier purge running every 300 ms with an 8 s retention (command topic: 3 s retention, 1 s segments) while
 * transfers flow through a real broker into MariaDB.
 */
@ExtendWith(BrokerAndDatabase.class)
@CommandRetention(retentionMs = 3_000, segmentMs = 1_000)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BarrierPurgeIT {

    private static final String BANK = "bank-a";
    private static final Duration BARRIER_RETENTION = Duration.ofSeconds(8);
    private static final BigDecimal ONE = new BigDecimal("1.00");

    private static TopicProbe probe;
    private static CommandChannel channel;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String payer = "payer-" + newId();
    private final String payee = "payee-" + newId();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        BrokerAndDatabase.register(registry, BANK);
        registry.add("tcc.bank.barrier-retention", () -> BARRIER_RETENTION.toSeconds() + "s");
        registry.add("tcc.bank.purge-interval", () -> "300ms");
        registry.add("tcc.bank.purge-batch", () -> 4);
    }

    @BeforeAll
    static void connect() {
        probe = new TopicProbe(BrokerAndDatabase.broker().access(), List.of(Topics.bankReplies(BANK)));
        channel = new CommandChannel(probe, BANK);
    }

    @AfterAll
    static void closeClients() {
        probe.close();
    }

    @Test
    void purgingWhileCommandsFlowBreaksNothing() {
        var api = new AccountsApi(port, BrokerAndDatabase.users());
        api.create(payer, "100.00");
        api.create(payee, "0.00");
        String inFlight = newId();
        tryBoth(inFlight);
        List<String> movedMoney = new ArrayList<>();
        List<String> movedNothing = new ArrayList<>();
        int confirmed = 0;
        for (int i = 0; i < 24; i++) {
            String transfer = newId();
            switch (i % 4) {
                case 0 -> settleBoth(transfer, Phase.CANCEL); // a Cancel without a Try
                case 1 -> refuseTryAndCancel(transfer);
                default -> {
                    tryBoth(transfer);
                    Phase settlement = i % 4 == 2 ? Phase.CANCEL : Phase.CONFIRM;
                    settleBoth(transfer, settlement);
                    confirmed += settlement == Phase.CONFIRM ? 1 : 0;
                    if (i % 8 == 3) {
                        assertDuplicatesChangeNothing(transfer, settlement);
                    }
                }
            }
            (i % 4 < 2 ? movedNothing : movedMoney).add(transfer);
        }

        await().atMost(BARRIER_RETENTION.multipliedBy(4)).until(() -> Stream.of(movedMoney, movedNothing)
                .flatMap(List::stream).allMatch(transfer -> rows(transfer).isEmpty()));

        assertThat(movedNothing).allSatisfy(transfer -> assertThat(entries(transfer)).isEmpty());
        assertThat(movedMoney).as("the journal's entries of the money they moved stay").allSatisfy(
                transfer -> assertThat(entries(transfer)).hasSize(4));
        assertThat(rows(inFlight)).containsOnly(Phase.TRY.name());
        BigDecimal moved = ONE.multiply(BigDecimal.valueOf(confirmed));
        assertThat(api.get(payer).json()).containsEntry("frozen", "1.00")
                .containsEntry("balance", new BigDecimal("100.00").subtract(moved).toPlainString());
        assertThat(api.get(payee).json()).containsEntry("incoming", "1.00")
                .containsEntry("balance", moved.setScale(2).toPlainString());

        settleBoth(inFlight, Phase.CONFIRM);
        assertThat(api.get(payer).json()).containsEntry("frozen", "0.00")
                .containsEntry("balance", new BigDecimal("99.00").subtract(moved).toPlainString());
        assertThat(api.get(payee).json()).containsEntry("incoming", "0.00")
                .containsEntry("balance", moved.add(ONE).toPlainString());
    }

    @Test
    void refusesToStartWhenItsCommandTopicKeepsRecordsLongerThanTheBarrier() throws Exception {
        try (Admin admin = Admin.create(BrokerAndDatabase.broker().as(Principals.ADMIN).clientConfig())) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC,
                    Topics.bankCommands("bank-b")), List.of(new AlterConfigOp(new ConfigEntry("retention.ms",
                            Long.toString(Duration.ofDays(30).toMillis())), AlterConfigOp.OpType.SET)))).all().get();
        }
        assertThat(startupFailure("bank-b"))
                .hasMessageContaining("tcc.bank.barrier-retention")
                .hasMessageContaining("--command-retention").hasMessageContaining("as the broker reports it");
    }

    private void tryBoth(String transfer) {
        assertThat(apply(transfer, Branch.DEBIT, Phase.TRY).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(apply(transfer, Branch.CREDIT, Phase.TRY).outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    /** The debit's Try refused (no such account), then both branches cancelled: no money moved. */
    private void refuseTryAndCancel(String transfer) {
        String nobody = "nobody-" + newId();
        assertThat(channel.send(new BranchCommand(transfer, Branch.DEBIT, Phase.TRY, BANK, nobody, ONE)).reason())
                .isEqualTo(Reason.ACCOUNT_NOT_FOUND);
        assertThat(channel.send(new BranchCommand(transfer, Branch.DEBIT, Phase.CANCEL, BANK, nobody, ONE)).outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        assertThat(apply(transfer, Branch.CREDIT, Phase.CANCEL).outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    private void settleBoth(String transfer, Phase phase) {
        assertThat(apply(transfer, Branch.DEBIT, phase).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(apply(transfer, Branch.CREDIT, phase).outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    /** Well within the retention, every command of a finished branch again: the stored replies, no money moved. */
    private void assertDuplicatesChangeNothing(String transfer, Phase settlement) {
        for (Phase phase : List.of(Phase.TRY, settlement)) {
            List<BranchReply> replies = channel.send(2, command(transfer, Branch.DEBIT, phase));
            assertThat(replies).allSatisfy(reply -> assertThat(reply.outcome()).isEqualTo(Outcome.SUCCEEDED));
        }
    }

    private BranchReply apply(String transfer, Branch branch, Phase phase) {
        return channel.send(command(transfer, branch, phase));
    }

    private BranchCommand command(String transfer, Branch branch, Phase phase) {
        return new BranchCommand(transfer, branch, phase, BANK, branch == Branch.DEBIT ? payer : payee, ONE);
    }

    /** The phases of the transfer's barrier rows. */
    private List<String> rows(String transfer) {
        return jdbc.queryForList("SELECT phase FROM account_journal WHERE transfer_id = ? AND phase IS NOT NULL",
                String.class, transfer);
    }

    /** The kinds of the transfer's journal entries. */
    private List<String> entries(String transfer) {
        return jdbc.queryForList("SELECT kind FROM account_journal WHERE transfer_id = ? AND kind IS NOT NULL",
                String.class, transfer);
    }

    private static Throwable startupFailure(String bank) {
        List<String> arguments = new ArrayList<>(List.of("--tcc.bank.id=" + bank, "--server.port=0",
                "--spring.datasource.url=" + BrokerAndDatabase.databaseUrl(),
                "--tcc.bank.barrier-retention=" + BARRIER_RETENTION.toSeconds() + "s"));
        arguments.addAll(BrokerAndDatabase.broker().springArguments(bank));
        arguments.addAll(BrokerAndDatabase.users().springArguments());
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(AccountConsumerApplication.class)
                .run(arguments.toArray(String[]::new)).close());
        assertThat(failure).as("start-up of " + bank).isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(failure);
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }
}
