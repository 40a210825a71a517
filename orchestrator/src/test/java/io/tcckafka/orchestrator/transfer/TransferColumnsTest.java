package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;

class TransferColumnsTest {

    private static final List<Posting> POSTINGS = List.of(
            new Posting(new AccountRef("bank-a", "1"), new AccountRef("bank-b", "2"), new BigDecimal("29.50")),
            new Posting(new AccountRef("bank-a", "1"), new AccountRef("bank-c", "fees"), new BigDecimal("0.50")));

    @Test
    void postingsComeBackExactlyAsWritten() {
        assertThat(TransferColumns.postings(TransferColumns.postings(POSTINGS))).isEqualTo(POSTINGS)
                .extracting(posting -> posting.amount().scale()).containsOnly(2);
    }

    @Test
    void branchesComeBackWithTheirProgressAndTimes() {
        Instant tried = Instant.parse("2026-12-02T01:02:03.456Z");
        List<TransferBranch> plan = TransferBranch.plan(POSTINGS);
        List<TransferBranch> progressed = List.of(plan.get(0).tried(Outcome.SUCCEEDED, null, tried).settling()
                .settled(tried.plusMillis(7)), plan.get(1).tried(Outcome.FAILED, Reason.BALANCE_LIMIT_EXCEEDED, tried),
                plan.get(2));

        assertThat(TransferColumns.branches(POSTINGS, TransferColumns.branches(progressed))).isEqualTo(progressed);
        assertThat(TransferColumns.branches(POSTINGS, TransferColumns.branches(List.of()))).isEmpty();
    }

    @Test
    void branchesKeepOneLengthOverTheTransfersLife() {
        Instant at = Instant.parse("2026-12-02T01:02:03Z");
        List<TransferBranch> planned = TransferBranch.plan(POSTINGS);
        List<List<TransferBranch>> steps = List.of(planned,
                List.of(planned.get(0).tried(Outcome.SUCCEEDED, null, at), planned.get(1), planned.get(2)),
                planned.stream().map(branch -> branch.tried(Outcome.SUCCEEDED, null, at.plusMillis(123))).toList(),
                planned.stream().map(branch -> branch.tried(Outcome.SUCCEEDED, null, at).settling().settled(at))
                        .toList(),
                planned.stream().map(branch -> branch.tried(Outcome.FAILED, Reason.BALANCE_LIMIT_EXCEEDED, at))
                        .toList());

        assertThat(steps).extracting(step -> TransferColumns.branches(step).length()).containsOnly(
                TransferColumns.branches(planned).length());
        assertThat(TransferColumns.branches(POSTINGS, TransferColumns.branches(planned))).isEqualTo(planned);
    }

    @Test
    void theColumnHoldsProgressOnlyTheAccountsAndAmountsFollowFromThePostings() {
        String column = TransferColumns.branches(TransferBranch.plan(POSTINGS));

        assertThat(column).doesNotContain("bank-a", "fees", "29.50", "DEBIT");
    }

    @Test
    void aRowWrittenBeforeWithThePlanInEachEntryReadsTheSame() {
        String before = """
                [{"branch":"DEBIT","bank":"bank-a","account":"1","amount":"30.00","tryState":"SUCCEEDED",\
                "tryReason":null,"triedAt":"2026-12-02T01:02:03.456Z","settlement":"PENDING","settledAt":null},\
                {"branch":"CREDIT","bank":"bank-b","account":"2","amount":"29.50","tryState":"PENDING",\
                "tryReason":null,"triedAt":null,"settlement":"NONE","settledAt":null},\
                {"branch":"CREDIT","bank":"bank-c","account":"fees","amount":"0.50","tryState":"FAILED",\
                "tryReason":"ACCOUNT_NOT_FOUND","triedAt":"2026-12-02T01:02:03.456Z","settlement":"NONE",\
                "settledAt":null}]    """;
        Instant tried = Instant.parse("2026-12-02T01:02:03.456Z");
        List<TransferBranch> plan = TransferBranch.plan(POSTINGS);

        assertThat(TransferColumns.branches(POSTINGS, before)).containsExactly(
                plan.get(0).tried(Outcome.SUCCEEDED, null, tried).settling(), plan.get(1),
                plan.get(2).tried(Outcome.FAILED, Reason.ACCOUNT_NOT_FOUND, tried));
    }

    @Test
    void progressThatDoesNotMatchThePlanIsAnError() {
        String twoEntries = TransferColumns.branches(TransferBranch.plan(POSTINGS).subList(0, 2));

        assertThatThrownBy(() -> TransferColumns.branches(POSTINGS, twoEntries))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 entries where the postings plan 3");
    }
}
