package io.tcckafka.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.tcckafka.bank.account.Account;
import io.tcckafka.bank.account.AccountLedger;
import io.tcckafka.bank.account.AccountRepository;
import io.tcckafka.bank.account.JournalOpenings;
import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.kafka.MismatchedMessageException;
import io.tcckafka.participant.BranchOrder;
import io.tcckafka.participant.ParticipantSchema;
import io.tcckafka.participant.barrier.BarrierPurge;
import io.tcckafka.participant.command.BranchCommands;
import io.tcckafka.participant.journal.AccountJournal;

/**
 * The participant kit over this bank's ledger, called directly (Kafka stays off), on H2 in MySQL mode, the database
 * the sandbox embeds: the service's and the kit's migrations, the mapping (ddl-auto=validate) and every query work
 * there too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "tcc.bank.id=bank-h2",
        "spring.datasource.url=jdbc:h2:mem:bank_h2;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TIME ZONE=UTC",
        "spring.datasource.username=sa",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false",
        "tcc.bank.purge-enabled=false",
        "tcc.kafka.password=unused: Kafka is off" })
class BranchCommandsOnH2Test {

    @Autowired
    BranchCommands participant;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountLedger ledger;

    @Autowired
    AccountJournal journal;

    @Autowired
    BarrierPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ParticipantSchema schema;

    /** One poll's commands for one debit branch (30.00 of 100.00), applied in one transaction. */
    @ParameterizedTest(name = "{0} in one batch -> {1}, balance {2}, frozen {3}")
    @CsvSource({
            "TRY CANCEL,          SUCCEEDED SUCCEEDED,        100.00, 0.00",
            "CANCEL TRY,          SUCCEEDED FAILED,           100.00, 0.00",
            "TRY TRY,             SUCCEEDED SUCCEEDED,        100.00, 30.00",
            "TRY CONFIRM,         SUCCEEDED SUCCEEDED,        70.00,  0.00",
            "TRY CONFIRM CANCEL,  SUCCEEDED SUCCEEDED FAILED, 70.00,  0.00",
            "TRY CANCEL CONFIRM,  SUCCEEDED SUCCEEDED FAILED, 100.00, 0.00"})
    void aBatchSeesWhatTheCommandsBeforeItRecorded(String phases, String outcomes, String balance, String frozen) {
        String account = open("100.00");
        String transfer = newId();
        List<BranchCommand> commands = Arrays.stream(phases.split(" "))
                .map(phase -> new BranchCommand(transfer, Branch.DEBIT, Phase.valueOf(phase), "bank-h2", account,
                        new BigDecimal("30.00")))
                .toList();

        List<BranchReply> replies = participant.handle(commands);

        assertThat(replies).extracting(BranchReply::outcome)
                .containsExactlyElementsOf(Arrays.stream(outcomes.split(" ")).map(Outcome::valueOf).toList());
        assertMoney(account, balance, frozen, "0.00");
    }

    /** Only what changed money is an entry: the opening, a Try that reserved, its Confirm; not a refused Try. */
    @Test
    void theJournalHasEveryChangeWithTheMoneyAfterIt() {
        String account = open("100.00");
        String transfer = newId();
        participant.handle(List.of(
                command(transfer, Branch.DEBIT, Phase.TRY, account, "30.00"),
                command(newId(), Branch.DEBIT, Phase.TRY, account, "80.00"),
                command(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00")));
        handle(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00");

        assertThat(journal.page(account, null, null, 0, 100).entries())
                .extracting(JournalEntry::kind, JournalEntry::transferId, JournalEntry::amount, JournalEntry::balance,
                        JournalEntry::frozen)
                .containsExactly(tuple(EntryKind.OPEN, null, new BigDecimal("100.00"), new BigDecimal("100.00"),
                        new BigDecimal("0.00")),
                        tuple(EntryKind.TRY, transfer, new BigDecimal("30.00"), new BigDecimal("100.00"),
                                new BigDecimal("30.00")),
                        tuple(EntryKind.CONFIRM, transfer, new BigDecimal("30.00"), new BigDecimal("70.00"),
                                new BigDecimal("0.00")));
        assertMoney(account, "70.00", "0.00", "0.00");
        assertThat(barrierRows(transfer)).as("each entry is its command's barrier row: one row each").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_journal WHERE account = ?", Integer.class,
                account))
                .as("the opening, the two entries, and the refused Try's barrier row").isEqualTo(4);
    }

    @Test
    void aStatementIsPagedInEntryOrderAndBoundedInTime() {
        String account = open("100.00");
        String transfer = newId();
        handle(transfer, Branch.CREDIT, Phase.TRY, account, "5.00");
        handle(transfer, Branch.CREDIT, Phase.CONFIRM, account, "5.00");

        JournalPage first = journal.page(account, null, null, 0, 2);
        JournalPage rest = journal.page(account, null, null, first.next(), 2);
        Instant time = first.entries().get(0).time();

        assertThat(first.entries()).extracting(JournalEntry::kind).containsExactly(EntryKind.OPEN, EntryKind.TRY);
        assertThat(rest.entries()).extracting(JournalEntry::kind).containsExactly(EntryKind.CONFIRM);
        assertThat(rest.next()).isNull();
        assertThat(journal.page(account, time, time.plusMillis(1), 0, 10).entries()).extracting(JournalEntry::entry)
                .contains(first.entries().get(0).entry());
        assertThat(journal.page(account, time.minusSeconds(60), time, 0, 10).entries()).isEmpty();
        assertThat(journal.page(account, time.plusSeconds(60), null, 0, 10).entries()).isEmpty();
    }

    /** An account from before the journal: its opening entry is written once, at the next start. */
    @Test
    void accountsOpenedBeforeTheJournalGetTheirOpeningEntryOnce() {
        String account = newId();
        transactions.executeWithoutResult(status -> jdbc.update("INSERT INTO account (id, balance) VALUES (?, ?)",
                account, new BigDecimal("42.00")));

        new JournalOpenings(jdbc, transactions, schema);
        new JournalOpenings(jdbc, transactions, schema);

        assertThat(journal.page(account, null, null, 0, 10).entries()).extracting(JournalEntry::kind,
                JournalEntry::amount).containsExactly(tuple(EntryKind.OPEN, new BigDecimal("42.00")));
        assertThat(handle(newId(), Branch.DEBIT, Phase.TRY, account, "2.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertMoney(account, "42.00", "2.00", "0.00");
    }

    @Test
    void tryAfterTryOfAnotherTransferInOneBatchSeesTheFrozenMoney() {
        String account = open("100.00");
        List<BranchReply> replies = participant.handle(List.of(
                new BranchCommand(newId(), Branch.DEBIT, Phase.TRY, "bank-h2", account, new BigDecimal("80.00")),
                new BranchCommand(newId(), Branch.DEBIT, Phase.TRY, "bank-h2", account, new BigDecimal("30.00"))));

        assertThat(replies).extracting(BranchReply::reason).containsExactly(null, Reason.INSUFFICIENT_FUNDS);
        assertMoney(account, "100.00", "80.00", "0.00");
    }

    @Test
    void debitTryThenConfirm() {
        String account = open("100.00");
        String transfer = newId();

        assertThat(handle(transfer, Branch.DEBIT, Phase.TRY, account, "30.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertMoney(account, "100.00", "30.00", "0.00");
        assertThat(handle(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00").outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        assertMoney(account, "70.00", "0.00", "0.00");
    }

    @Test
    void creditTryThenCancel() {
        String account = open("5.00");
        String transfer = newId();

        handle(transfer, Branch.CREDIT, Phase.TRY, account, "20.00");
        assertMoney(account, "5.00", "0.00", "20.00");
        handle(transfer, Branch.CREDIT, Phase.CANCEL, account, "20.00");
        assertMoney(account, "5.00", "0.00", "0.00");
    }

    @Test
    void cancelBeforeTryRefusesTheLateTry() {
        String account = open("50.00");
        String transfer = newId();

        assertThat(handle(transfer, Branch.DEBIT, Phase.CANCEL, account, "10.00").outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        BranchReply lateTry = handle(transfer, Branch.DEBIT, Phase.TRY, account, "10.00");

        assertThat(lateTry.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(lateTry.reason()).isEqualTo(Reason.CANCELLED_BEFORE_TRY);
        assertMoney(account, "50.00", "0.00", "0.00");
    }

    @Test
    void duplicateTryRepeatsTheReply() {
        String account = open("10.00");
        String transfer = newId();

        BranchReply first = handle(transfer, Branch.DEBIT, Phase.TRY, account, "25.00");
        BranchReply again = handle(transfer, Branch.DEBIT, Phase.TRY, account, "25.00");

        assertThat(first.reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        assertThat(again).isEqualTo(first);
        assertMoney(account, "10.00", "0.00", "0.00");
    }

    @ParameterizedTest(name = "after a Try of 30.00 on the account: {0} {1}")
    @CsvSource({"TRY, 30.01", "CONFIRM, 3.00", "CANCEL, 30.10"})
    void aCommandThatContradictsItsTryChangesNothing(Phase phase, String amount) {
        String account = open("100.00");
        String transfer = newId();
        handle(transfer, Branch.DEBIT, Phase.TRY, account, "30.00");

        assertThatThrownBy(() -> handle(transfer, Branch.DEBIT, phase, account, amount))
                .isInstanceOf(MismatchedMessageException.class).hasMessageContaining("contradicts the Try");

        assertMoney(account, "100.00", "30.00", "0.00");
        assertThat(barrierRows(transfer)).isEqualTo(1);
    }

    /** What a batch changed in memory before it failed is gone with its rollback: the next batch reads the account. */
    @Test
    void aRolledBackBatchLeavesNothingBehindForTheNext() {
        String account = open("100.00");
        String transfer = newId();

        assertThatThrownBy(() -> participant.handle(List.of(
                command(transfer, Branch.DEBIT, Phase.TRY, account, "30.00"),
                command(transfer, Branch.DEBIT, Phase.TRY, account, "30.01"))))
                .isInstanceOf(MismatchedMessageException.class);

        assertMoney(account, "100.00", "0.00", "0.00");
        assertThat(handle(newId(), Branch.DEBIT, Phase.TRY, account, "80.00").outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertMoney(account, "100.00", "80.00", "0.00");
    }

    /** Called outside a kit batch, the ledger locks the account itself and writes the change before the commit. */
    @Test
    void theLedgerAloneLocksWhatItChangesAndWritesItBeforeTheCommit() {
        String account = open("100.00");
        var order = new BranchOrder(newId(), Branch.DEBIT, account, new BigDecimal("30.00"));

        // an @Repository: its exceptions come translated
        assertThatThrownBy(() -> ledger.tryDebit(order)).hasRootCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
        transactions.executeWithoutResult(status -> {
            assertThat(ledger.tryDebit(order)).isEmpty();
            assertThat(ledger.accounts(List.of(account))).extracting(AccountView::frozen)
                    .containsExactly(new BigDecimal("30.00"));
        });

        Account stored = accounts.findById(account).orElseThrow();
        assertThat(stored.frozen()).isEqualByComparingTo("30.00");
        assertThat(ledger.accounts(List.of(account, "no-such-account"))).extracting(AccountView::frozen)
                .containsExactly(new BigDecimal("30.00"));
    }

    /** The account is part of the branch: a command naming another one is another branch, which has no Try. */
    @ParameterizedTest(name = "after a Try of 30.00 on one account: {0} on another -> {1} {2}")
    @CsvSource(nullValues = "-", textBlock = """
            CONFIRM, FAILED,    TRY_NOT_SUCCEEDED
            CANCEL,  SUCCEEDED, -""")
    void aCommandForAnotherAccountIsAnotherBranchAndMovesNothing(Phase phase, Outcome outcome, Reason reason) {
        String account = open("100.00");
        String other = open("100.00");
        String transfer = newId();
        handle(transfer, Branch.DEBIT, Phase.TRY, account, "30.00");

        BranchReply reply = handle(transfer, Branch.DEBIT, phase, other, "30.00");

        assertThat(reply).extracting(BranchReply::outcome, BranchReply::reason).containsExactly(outcome, reason);
        assertMoney(account, "100.00", "30.00", "0.00");
        assertMoney(other, "100.00", "0.00", "0.00");
    }

    @Test
    void oneTransferMayDebitTwoAccountsOfTheBankAndCreditOneOfThem() {
        String first = open("100.00");
        String second = open("10.00");
        String transfer = newId();

        List<BranchReply> tries = participant.handle(List.of(
                command(transfer, Branch.DEBIT, Phase.TRY, first, "40.00"),
                command(transfer, Branch.DEBIT, Phase.TRY, second, "10.00"),
                command(transfer, Branch.CREDIT, Phase.TRY, first, "5.00")));
        participant.handle(List.of(
                command(transfer, Branch.DEBIT, Phase.CONFIRM, first, "40.00"),
                command(transfer, Branch.DEBIT, Phase.CONFIRM, second, "10.00"),
                command(transfer, Branch.CREDIT, Phase.CONFIRM, first, "5.00")));

        assertThat(tries).extracting(BranchReply::outcome).containsOnly(Outcome.SUCCEEDED);
        assertMoney(first, "65.00", "0.00", "0.00");
        assertMoney(second, "0.00", "0.00", "0.00");
        assertThat(barrierRows(transfer)).isEqualTo(6);
    }

    @Test
    void aCreditThatCouldNotBeConfirmedIsRefusedAndReservesNothing() {
        String nearlyFull = open("99999999999999990.00");
        handle(newId(), Branch.CREDIT, Phase.TRY, nearlyFull, "5.00");

        BranchReply refused = handle(newId(), Branch.CREDIT, Phase.TRY, nearlyFull, "5.00");
        BranchReply fits = handle(newId(), Branch.CREDIT, Phase.TRY, nearlyFull, "4.99");

        assertThat(refused.reason()).isEqualTo(Reason.BALANCE_LIMIT_EXCEEDED);
        assertThat(fits.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertMoney(nearlyFull, "99999999999999990.00", "0.00", "9.99");
    }

    @Test
    void repliesSayWhichAccountAndAmountTheyAnswerFor() {
        String account = open("100.00");
        String transfer = newId();

        BranchReply tried = handle(transfer, Branch.DEBIT, Phase.TRY, account, "30.0");
        BranchReply confirmed = handle(transfer, Branch.DEBIT, Phase.CONFIRM, account, "30.00");

        assertThat(List.of(tried, confirmed)).allSatisfy(reply -> {
            assertThat(reply.account()).isEqualTo(account);
            assertThat(reply.amount()).isEqualByComparingTo("30.00");
            assertThat(reply.bank()).isEqualTo("bank-h2");
        });
    }

    @Test
    void purgeForgetsOnlyOldFinishedBranchesAndKeepsTheirEntries() {
        String account = open("100.00");
        String confirmed = newId();
        String failed = newId();
        String cancelledBeforeTry = newId();
        String inFlight = newId();
        handle(confirmed, Branch.DEBIT, Phase.TRY, account, "10.00");
        handle(confirmed, Branch.DEBIT, Phase.CONFIRM, account, "10.00");
        handle(failed, Branch.DEBIT, Phase.TRY, account, "1000.00");
        handle(cancelledBeforeTry, Branch.DEBIT, Phase.CANCEL, account, "5.00");
        handle(inFlight, Branch.DEBIT, Phase.TRY, account, "20.00");
        List<JournalEntry> before = journal.page(account, null, null, 0, 100).entries();
        ageRows(confirmed, failed, cancelledBeforeTry, inFlight);

        assertThat(purge.purgeBatch(Duration.ofDays(8), 100)).isEqualTo(3);

        assertThat(barrierRows(confirmed)).isZero();
        assertThat(barrierRows(failed)).isZero();
        assertThat(barrierRows(cancelledBeforeTry)).isZero();
        assertThat(barrierRows(inFlight)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_journal WHERE transfer_id IN (?, ?)",
                Integer.class, failed, cancelledBeforeTry)).as("rows that moved no money are deleted").isZero();
        assertThat(journal.page(account, null, null, 0, 100).entries()).extracting(JournalEntry::entry)
                .as("the entries stay").containsExactlyElementsOf(before.stream().map(JournalEntry::entry).toList());
        assertThat(handle(inFlight, Branch.DEBIT, Phase.CONFIRM, account, "20.00").outcome())
                .isEqualTo(Outcome.SUCCEEDED);
        assertMoney(account, "70.00", "0.00", "0.00");
    }

    @Test
    void aDuplicateTryAfterThePurgeWouldReserveAgainWhichIsWhyTheRetentionBoundExists() {
        String account = open("100.00");
        String transfer = newId();
        handle(transfer, Branch.DEBIT, Phase.TRY, account, "10.00");
        handle(transfer, Branch.DEBIT, Phase.CANCEL, account, "10.00");
        ageRows(transfer);
        purge.purgeBatch(Duration.ofDays(8), 100);

        handle(transfer, Branch.DEBIT, Phase.TRY, account, "10.00");

        assertMoney(account, "100.00", "10.00", "0.00");
    }

    private void ageRows(String... transfers) {
        for (String transfer : transfers) {
            transactions.executeWithoutResult(status -> jdbc.update(
                    "UPDATE account_journal SET created_at = ? WHERE transfer_id = ?", LocalDateTime.now().minusDays(9),
                    transfer));
        }
    }

    private BranchReply handle(String transfer, Branch branch, Phase phase, String account, String amount) {
        return participant.handle(command(transfer, branch, phase, account, amount));
    }

    private static BranchCommand command(String transfer, Branch branch, Phase phase, String account, String amount) {
        return new BranchCommand(transfer, branch, phase, "bank-h2", account, new BigDecimal(amount));
    }

    private int barrierRows(String transfer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account_journal WHERE transfer_id = ? AND phase IS NOT NULL",
                Integer.class, transfer);
    }

    private String open(String balance) {
        String id = newId();
        return journal.open(id, new BigDecimal(balance),
                () -> accounts.saveAndFlush(Account.open(id, new BigDecimal(balance)))).getId();
    }

    /** The account holds this money, and its journal says so: each column is the sum of its entries' changes. */
    private void assertMoney(String id, String balance, String frozen, String incoming) {
        Account account = accounts.findById(id).orElseThrow();
        assertThat(account.balance()).isEqualByComparingTo(balance);
        assertThat(account.frozen()).isEqualByComparingTo(frozen);
        assertThat(account.incoming()).isEqualByComparingTo(incoming);
        List<JournalEntry> entries = journal.page(id, null, null, 0, 1000).entries();
        assertThat(sum(entries, JournalEntry::balanceChange)).isEqualByComparingTo(balance);
        assertThat(sum(entries, JournalEntry::frozenChange)).isEqualByComparingTo(frozen);
        assertThat(sum(entries, JournalEntry::incomingChange)).isEqualByComparingTo(incoming);
        assertThat(entries.get(entries.size() - 1).balance()).isEqualByComparingTo(balance);
    }

    private static BigDecimal sum(List<JournalEntry> entries, Function<JournalEntry, BigDecimal> change) {
        return entries.stream().map(change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
