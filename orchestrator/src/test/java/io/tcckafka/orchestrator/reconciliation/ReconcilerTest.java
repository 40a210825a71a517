package io.tcckafka.orchestrator.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.reconciliation.EndedTransfer.ExpectedBranch;

/**
 * One transfer {@code t} of 30.00 from bank-a/2 (DEBIT) to bank-b/1 (CREDIT), unless rejected (no branches), against
 * the entries of a row. An entry is {@code KIND[:amount][@bank/account/BRANCH][#transferId]}; by default 30.00 on
 * bank-a/2 DEBIT for {@code t}. A finding is {@code DISCREPANCY_KIND/ENTRY_KIND/transferId}, in the order found.
 */
class ReconcilerTest {

    private static final String CREDIT_TRY = "TRY@bank-b/1/CREDIT";
    private static final String CREDIT_CONFIRM = "CONFIRM@bank-b/1/CREDIT";
    private static final String CREDIT_CANCEL = "CANCEL@bank-b/1/CREDIT";

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            committed, both branches whole       | COMMITTED | TRY CONFIRM                      | -
            committed, Confirm deleted           | COMMITTED | TRY                              | MISSING_ENTRY/CONFIRM/t
            committed, Try deleted               | COMMITTED | CONFIRM                          | MISSING_ENTRY/TRY/t
            committed, no entry at all           | COMMITTED | -                                | MISSING_ENTRY/TRY/t MISSING_ENTRY/CONFIRM/t
            committed, Confirm amount edited     | COMMITTED | TRY CONFIRM:29.99                | AMOUNT_MISMATCH/CONFIRM/t
            committed, Try amount edited         | COMMITTED | TRY:31.00 CONFIRM                | AMOUNT_MISMATCH/TRY/t
            committed, same amount other scale   | COMMITTED | TRY:30.0 CONFIRM:30               | -
            committed, Confirm twice             | COMMITTED | TRY CONFIRM CONFIRM              | DUPLICATE_ENTRY/CONFIRM/t
            committed, Try twice                 | COMMITTED | TRY TRY CONFIRM                  | DUPLICATE_ENTRY/TRY/t
            committed, a Cancel too              | COMMITTED | TRY CONFIRM CANCEL               | FOREIGN_ENTRY/CANCEL/t
            committed, entry at another account  | COMMITTED | TRY CONFIRM TRY@bank-a/9/DEBIT   | FOREIGN_ENTRY/TRY/t
            committed, entry other direction     | COMMITTED | TRY CONFIRM TRY@bank-a/2/CREDIT  | FOREIGN_ENTRY/TRY/t
            committed, entry at another bank     | COMMITTED | TRY CONFIRM TRY@bank-c/2/DEBIT   | FOREIGN_ENTRY/TRY/t
            aborted, no entry (Try refused)      | ABORTED   | -                                | -
            aborted, Try and Cancel              | ABORTED   | TRY CANCEL                       | -
            aborted, Try alone: hold left        | ABORTED   | TRY                              | HOLD_OUTLIVED/TRY/t
            aborted, Try and Confirm             | ABORTED   | TRY CONFIRM                      | APPLIED_NOT_COMMITTED/CONFIRM/t
            aborted, Confirm alone               | ABORTED   | CONFIRM                          | APPLIED_NOT_COMMITTED/CONFIRM/t
            aborted, Cancel without Try          | ABORTED   | CANCEL                           | MISSING_ENTRY/TRY/t
            aborted, Cancel amount edited        | ABORTED   | TRY CANCEL:3.00                  | AMOUNT_MISMATCH/CANCEL/t
            aborted, Cancel twice                | ABORTED   | TRY CANCEL CANCEL                | DUPLICATE_ENTRY/CANCEL/t
            aborted, entry at another account    | ABORTED   | TRY@bank-a/9/DEBIT               | FOREIGN_ENTRY/TRY/t
            rejected, no entry                   | REJECTED  | -                                | -
            rejected, a Confirm                  | REJECTED  | CONFIRM                          | APPLIED_NOT_COMMITTED/CONFIRM/t
            rejected, a Try alone                | REJECTED  | TRY                              | HOLD_OUTLIVED/TRY/t
            rejected, a Try and its Cancel       | REJECTED  | TRY CANCEL                       | FOREIGN_ENTRY/TRY/t FOREIGN_ENTRY/CANCEL/t
            unknown transfer                     | COMMITTED | TRY CONFIRM TRY#nobody           | FOREIGN_ENTRY/TRY/nobody
            known transfer not judged here       | COMMITTED | TRY CONFIRM TRY#in-flight         | -
            opening entries are no transfer's    | COMMITTED | TRY CONFIRM OPEN:100.00#-        | -
            """)
    void eachRuleFindsAndNamesItsDiscrepancy(String rule, TransferStatus status, String entries, String findings) {
        List<String> debitEntries = entries == null ? List.of() : Arrays.asList(entries.trim().split("\\s+"));
        List<String> all = new ArrayList<>(debitEntries);
        if (status == TransferStatus.COMMITTED) {
            all.addAll(List.of(CREDIT_TRY, CREDIT_CONFIRM));
        } else if (status == TransferStatus.ABORTED) {
            all.addAll(List.of(CREDIT_TRY, CREDIT_CANCEL));
        }

        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", status)), journals(all),
                OtherTransfers.inFlight(Set.of("in-flight")));

        assertThat(found).extracting(ReconcilerTest::finding)
                .as(rule).containsExactlyElementsOf(findings == null ? List.of() : List.of(findings.split(" ")));
    }

    @Test
    void aDiscrepancyNamesTheTransferTheBankTheAccountAndTheAmounts() {
        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.COMMITTED)),
                journals(List.of("TRY", "CONFIRM:29.99", CREDIT_TRY, CREDIT_CONFIRM)), OtherTransfers.NONE);

        assertThat(found).singleElement().satisfies(discrepancy -> {
            assertThat(discrepancy.kind()).isEqualTo(DiscrepancyKind.AMOUNT_MISMATCH);
            assertThat(discrepancy.transferId()).isEqualTo("t");
            assertThat(discrepancy.bank()).isEqualTo("bank-a");
            assertThat(discrepancy.account()).isEqualTo("2");
            assertThat(discrepancy.branch()).isEqualTo(Branch.DEBIT);
            assertThat(discrepancy.expected()).isEqualByComparingTo("30.00");
            assertThat(discrepancy.found()).isEqualByComparingTo("29.99");
            assertThat(discrepancy.detail()).startsWith("entry 2: ");
        });
    }

    @Test
    void nothingIsJudgedAtABankWhoseJournalCouldNotBeRead() {
        List<BankJournal> journals = List.of(BankJournal.read("bank-a", List.of(entry(1, "TRY"), entry(2, "CONFIRM"))),
                BankJournal.unavailable("bank-b", "connection refused"));

        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.COMMITTED)), journals,
                OtherTransfers.NONE);

        assertThat(found).extracting(Discrepancy::kind, Discrepancy::bank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.BANK_UNAVAILABLE, "bank-b"));
        assertThat(found.get(0).detail()).contains("connection refused");
    }

    @Test
    void aBankWithoutAJournalIsUnavailableOnceHoweverManyBranchesItHas() {
        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.COMMITTED),
                transfer("u", TransferStatus.COMMITTED)), List.of(BankJournal.read("bank-a", List.of(entry(1, "TRY"),
                        entry(2, "CONFIRM"), entry(3, "TRY#u"), entry(4, "CONFIRM#u")))), OtherTransfers.NONE);

        assertThat(found).extracting(Discrepancy::kind, Discrepancy::bank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.BANK_UNAVAILABLE, "bank-b"));
    }

    @Test
    void theReportCountsEveryKindAndIsIncompleteWhenABankWasNotRead() {
        var window = new Window(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"));
        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.ABORTED)),
                List.of(BankJournal.read("bank-a", List.of(entry(1, "TRY"))),
                        BankJournal.unavailable("bank-b", "timeout")), OtherTransfers.NONE);

        var report = Reports.of(window, window.to(), 1, 1, found);

        assertThat(report.complete()).isFalse();
        assertThat(report.counts()).containsOnlyKeys(DiscrepancyKind.values())
                .containsEntry(DiscrepancyKind.HOLD_OUTLIVED, 1L).containsEntry(DiscrepancyKind.BANK_UNAVAILABLE, 1L)
                .containsEntry(DiscrepancyKind.MISSING_ENTRY, 0L);
    }

    /**
     * Entries of transfers that ended before the window: the ones written after the end (a Try read again after the
     * bank purged its barrier, a Confirm replayed) are found; those written before it are their own window's.
     */
    @ParameterizedTest(name = "{0} of transfer o (ended {1}) -> {2}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            TRY#o              | 2026-12-01T09:00:00Z | HOLD_OUTLIVED/TRY/o
            CONFIRM#o          | 2026-12-01T09:00:00Z | DUPLICATE_ENTRY/CONFIRM/o
            CANCEL#o           | 2026-12-01T09:00:00Z | DUPLICATE_ENTRY/CANCEL/o
            TRY#o              | 2026-12-01T09:59:30Z | -
            TRY#o CONFIRM#o    | 2026-12-01T11:00:00Z | -
            """)
    void anEntryWrittenAfterItsTransferEndedIsFound(String entries, Instant ended, String findings) {
        List<String> all = new ArrayList<>(List.of("TRY", "CONFIRM", CREDIT_TRY, CREDIT_CONFIRM));
        all.addAll(List.of(entries.split(" ")));
        var others = new OtherTransfers(Map.of("o", ended), Set.of(), null, Duration.ofMinutes(1));

        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.COMMITTED)), journals(all),
                others);

        assertThat(found).extracting(ReconcilerTest::finding)
                .containsExactlyElementsOf(findings == null ? List.of() : List.of(findings.split(" ")));
    }

    /** Before the retention horizon an unknown transfer may be a removed one: its entries are not called foreign. */
    @ParameterizedTest(name = "entries of an unknown transfer, horizon {0} -> {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            -                    | FOREIGN_ENTRY/TRY/gone
            2026-12-01T09:00:00Z | FOREIGN_ENTRY/TRY/gone
            2026-12-01T11:00:00Z | -
            """)
    void anUnknownTransferBeforeTheRetentionHorizonMayHaveBeenRemoved(Instant horizon, String findings) {
        var others = new OtherTransfers(Map.of(), Set.of(), horizon, Duration.ofMinutes(1));

        List<Discrepancy> found = Reconciler.reconcile(List.of(transfer("t", TransferStatus.COMMITTED)),
                journals(List.of("TRY", "CONFIRM", CREDIT_TRY, CREDIT_CONFIRM, "TRY#gone")), others);

        assertThat(found).extracting(ReconcilerTest::finding)
                .containsExactlyElementsOf(findings == null ? List.of() : List.of(findings.split(" ")));
    }

    private static EndedTransfer transfer(String id, TransferStatus status) {
        if (status == TransferStatus.REJECTED) {
            return new EndedTransfer(id, status, List.of());
        }
        BigDecimal amount = new BigDecimal("30.00");
        return new EndedTransfer(id, status, List.of(new ExpectedBranch("bank-a", "2", Branch.DEBIT, amount),
                new ExpectedBranch("bank-b", "1", Branch.CREDIT, amount)));
    }

    /** The entries by bank, numbered in the order given. */
    private static List<BankJournal> journals(List<String> entries) {
        List<JournalEntry> bankA = new ArrayList<>();
        List<JournalEntry> bankB = new ArrayList<>();
        List<JournalEntry> bankC = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String spec = entries.get(i);
            String bank = spec.contains("@") ? spec.substring(spec.indexOf('@') + 1).split("/")[0] : "bank-a";
            (switch (bank) {
                case "bank-a" -> bankA;
                case "bank-b" -> bankB;
                default -> bankC;
            }).add(entry(i + 1, spec));
        }
        return List.of(BankJournal.read("bank-a", bankA), BankJournal.read("bank-b", bankB),
                BankJournal.read("bank-c", bankC));
    }

    private static JournalEntry entry(long number, String spec) {
        String transferId = "t";
        if (spec.contains("#")) {
            transferId = spec.substring(spec.indexOf('#') + 1);
            transferId = transferId.equals("-") ? null : transferId;
            spec = spec.substring(0, spec.indexOf('#'));
        }
        String account = "2";
        Branch branch = Branch.DEBIT;
        if (spec.contains("@")) {
            String[] place = spec.substring(spec.indexOf('@') + 1).split("/");
            account = place[1];
            branch = Branch.valueOf(place[2]);
            spec = spec.substring(0, spec.indexOf('@'));
        }
        String[] kindAndAmount = spec.split(":");
        EntryKind kind = EntryKind.valueOf(kindAndAmount[0]);
        BigDecimal amount = new BigDecimal(kindAndAmount.length > 1 ? kindAndAmount[1] : "30.00");
        if (kind == EntryKind.OPEN) {
            branch = null;
        }
        BigDecimal zero = BigDecimal.ZERO;
        return new JournalEntry(number, Instant.parse("2026-12-01T10:00:00Z").plusMillis(number), account, kind,
                transferId, branch, amount, zero, zero, zero);
    }

    private static String finding(Discrepancy discrepancy) {
        return discrepancy.kind() + "/" + discrepancy.entry() + "/" + discrepancy.transferId();
    }
}
