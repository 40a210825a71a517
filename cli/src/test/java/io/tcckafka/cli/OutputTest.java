package io.tcckafka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.ReconciliationReport;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.SettlingView;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TransferView;
import io.tcckafka.events.TryState;

class OutputTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final AccountRef A2 = new AccountRef("bank-a", "2");
    private static final AccountRef B1 = new AccountRef("bank-b", "1");

    static Stream<Arguments> eventLines() {
        return Stream.of(
                Arguments.of(new TransferEvent("t-1", TransferStatus.ACCEPTED, null, null, T0),
                        "2026-12-01T09:00:00Z  t-1  ACCEPTED"),
                Arguments.of(new TransferEvent("t-2", TransferStatus.ABORTED, Reason.INSUFFICIENT_FUNDS, null, T0),
                        "2026-12-01T09:00:00Z  t-2  ABORTED (INSUFFICIENT_FUNDS)"),
                Arguments.of(new TransferEvent("t-3", TransferStatus.REJECTED, Reason.INVALID_REQUEST,
                        "amount must be more than zero", T0),
                        "2026-12-01T09:00:00Z  t-3  REJECTED (INVALID_REQUEST): amount must be more than zero"));
    }

    @ParameterizedTest
    @MethodSource
    void eventLines(TransferEvent event, String line) {
        assertThat(EventLine.of(event)).isEqualTo(line);
    }

    @Test
    void tablesAlignTheirColumns() {
        Table table = new Table("name", "amount").rightAligned("amount").row("a", "1.00").row("longer", "100.00")
                .row(null, "");

        assertThat(table.lines()).containsExactly(
                "name    amount",
                "a         1.00",
                "longer  100.00",
                "");
    }

    @Test
    void aWholeTransfer() {
        TransferView transfer = new TransferView("t-1", TransferStatus.COMMITTED, null, null, A2, B1,
                new BigDecimal("30.00"), List.of(new Posting(A2, B1, new BigDecimal("30.00"))), T0, T0.plusSeconds(1),
                T0.plusSeconds(10), T0.plusMillis(500), 1,
                List.of(new TransferView.BranchView(Branch.DEBIT, "bank-a", "2", new BigDecimal("30.00"),
                        TryState.SUCCEEDED, null, T0, Settlement.DONE, null, T0.plusSeconds(1)),
                        new TransferView.BranchView(Branch.CREDIT, "bank-b", "1", new BigDecimal("30.00"),
                                TryState.FAILED, Reason.ACCOUNT_NOT_FOUND, T0, null, Settlement.PENDING, null)));

        assertThat(TransferText.whole(transfer)).containsExactly(
                "Transfer t-1  COMMITTED",
                "  created 2026-12-01T09:00:00Z  status since 2026-12-01T09:00:01Z  decided 2026-12-01T09:00:00.500Z"
                        + "  attempts 1",
                "Postings:",
                "  from      to        amount",
                "  bank-a/2  bank-b/1   30.00",
                "Branches:",
                "  branch  account   amount  try                         confirm  cancel   settled",
                "  DEBIT   bank-a/2   30.00  SUCCEEDED                   DONE              2026-12-01T09:00:01Z",
                "  CREDIT  bank-b/1   30.00  FAILED (ACCOUNT_NOT_FOUND)           PENDING");
    }

    @Test
    void aStatement() {
        List<JournalEntry> entries = List.of(
                new JournalEntry(1, T0, "2", EntryKind.OPEN, null, null, new BigDecimal("100.00"),
                        new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("0.00")),
                new JournalEntry(7, T0.plusSeconds(1), "2", EntryKind.TRY, "t-1", Branch.DEBIT,
                        new BigDecimal("30.00"), new BigDecimal("100.00"), new BigDecimal("30.00"),
                        new BigDecimal("0.00")),
                new JournalEntry(9, T0.plusSeconds(2), "2", EntryKind.CONFIRM, "t-1", Branch.DEBIT,
                        new BigDecimal("30.00"), new BigDecimal("70.00"), new BigDecimal("0.00"),
                        new BigDecimal("0.00")));

        assertThat(StatementText.of(A2, entries)).containsExactly(
                "Statement of bank-a/2: 3 entries",
                "entry  time                  kind     transfer  branch  amount  balance change  balance  frozen  incoming",
                "    1  2026-12-01T09:00:00Z  OPEN                       100.00         +100.00   100.00    0.00      0.00",
                "    7  2026-12-01T09:00:01Z  TRY      t-1       DEBIT    30.00            0.00   100.00   30.00      0.00",
                "    9  2026-12-01T09:00:02Z  CONFIRM  t-1       DEBIT    30.00          -30.00    70.00    0.00      0.00");
        assertThat(StatementText.of(A2, List.of())).containsExactly("No entries for bank-a/2 in this window.");
    }

    @Test
    void aCleanReconciliation() {
        ReconciliationReport clean = new ReconciliationReport(T0, T0.plusSeconds(3600), T0.plusSeconds(3700), 12, 48,
                true, Map.of(), List.of());

        assertThat(ReconciliationText.of(clean)).containsExactly(
                "Reconciliation of 2026-12-01T09:00:00Z to 2026-12-01T10:00:00Z (ran at 2026-12-01T10:01:40Z): "
                        + "12 transfers, 48 journal entries, complete",
                "No discrepancies.");
        assertThat(ReconcileCommand.exitCode(clean)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aReconciliationWithDiscrepancies() {
        ReconciliationReport found = new ReconciliationReport(T0, T0.plusSeconds(60), T0.plusSeconds(61), 2, 7,
                true, Map.of(DiscrepancyKind.AMOUNT_MISMATCH, 1L),
                List.of(new Discrepancy(DiscrepancyKind.AMOUNT_MISMATCH, "t-9", "bank-b", "1", Branch.CREDIT,
                        EntryKind.CONFIRM, new BigDecimal("30.00"), new BigDecimal("3.00"), "edited")));

        assertThat(ReconciliationText.of(found)).containsExactly(
                "Reconciliation of 2026-12-01T09:00:00Z to 2026-12-01T09:01:00Z (ran at 2026-12-01T09:01:01Z): "
                        + "2 transfers, 7 journal entries, complete",
                "  AMOUNT_MISMATCH  1",
                "Discrepancies:",
                "  kind             transfer  account   branch  entry    expected  found  detail",
                "  AMOUNT_MISMATCH  t-9       bank-b/1  CREDIT  CONFIRM     30.00   3.00  edited");
        assertThat(ReconcileCommand.exitCode(found)).isEqualTo(ExitCodes.NEGATIVE);
    }

    @Test
    void anIncompleteReconciliationExitsTwoWhateverItFound() {
        ReconciliationReport incomplete = new ReconciliationReport(null, T0, T0, 0, 0, false,
                Map.of(DiscrepancyKind.BANK_UNAVAILABLE, 1L), List.of(new Discrepancy(DiscrepancyKind.BANK_UNAVAILABLE,
                        null, "bank-c", null, null, null, null, null, "connection refused")));

        assertThat(ReconciliationText.of(incomplete)).first().asString()
                .startsWith("Reconciliation of … to 2026-12-01T09:00:00Z")
                .endsWith("INCOMPLETE (a bank's journal could not be read)");
        assertThat(ReconciliationText.of(incomplete)).last().asString()
                .isEqualTo("  BANK_UNAVAILABLE            bank-c                                   connection refused");
        assertThat(ReconcileCommand.exitCode(incomplete)).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void stuckTransfers() {
        SettlingView stuck = new SettlingView("t-5", TransferStatus.CANCELLING, Reason.TRY_TIMEOUT, Phase.CANCEL, 7,
                List.of(new SettlingView.PendingBranch(Branch.CREDIT, "bank-b", "1")), T0, T0.plusSeconds(30));

        assertThat(StuckText.of(List.of(stuck))).containsExactly(
                "transfer  status                    phase   attempts  settling since        next retry            waiting for",
                "t-5       CANCELLING (TRY_TIMEOUT)  CANCEL         7  2026-12-01T09:00:00Z  2026-12-01T09:00:30Z  CREDIT bank-b/1");
        assertThat(StuckText.of(List.of())).containsExactly("No stuck transfers.");
    }

    @Test
    void anAccount() {
        AccountView view = AccountView.of("2", new BigDecimal("40"), new BigDecimal("1.5"), BigDecimal.ZERO);
        assertThat(AccountText.of(A2, view))
                .isEqualTo("bank-a/2  balance 40.00  frozen 1.50  incoming 0.00  available 38.50");
    }
}
