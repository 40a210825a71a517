package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each kind of journal entry of 30.00 does to an account's balance, frozen and incoming money. */
class EntryEffectTest {

    @ParameterizedTest(name = "{0} {1}: balance {2}, frozen {3}, incoming {4}")
    @CsvSource(nullValues = "-", textBlock = """
            OPEN,    -,      30.00,  0.00,   0.00
            OPEN,    DEBIT,  30.00,  0.00,   0.00
            TRY,     DEBIT,  0.00,   30.00,  0.00
            CONFIRM, DEBIT,  -30.00, -30.00, 0.00
            CANCEL,  DEBIT,  0.00,   -30.00, 0.00
            TRY,     CREDIT, 0.00,   0.00,   30.00
            CONFIRM, CREDIT, 30.00,  0.00,   -30.00
            CANCEL,  CREDIT, 0.00,   0.00,   -30.00""")
    void eachKindMovesItsColumns(EntryKind kind, Branch branch, String balance, String frozen, String incoming) {
        var entry = new JournalEntry(1, null, "2", kind, kind == EntryKind.OPEN ? null : "t-1", branch,
                new BigDecimal("30.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(entry.balanceChange()).isEqualTo(balance);
        assertThat(entry.frozenChange()).isEqualTo(frozen);
        assertThat(entry.incomingChange()).isEqualTo(incoming);
    }

    /** A Try then its Confirm or its Cancel: what a transfer leaves is its Confirm's, or nothing. */
    @ParameterizedTest(name = "{0} TRY then {1}: balance {2}")
    @CsvSource({"DEBIT, CONFIRM, -30.00", "DEBIT, CANCEL, 0.00", "CREDIT, CONFIRM, 30.00", "CREDIT, CANCEL, 0.00"})
    void aSettledBranchLeavesNoHold(Branch branch, Phase settlement, String balance) {
        BigDecimal amount = new BigDecimal("30.00");
        EntryEffect tried = EntryEffect.of(Phase.TRY, branch);
        EntryEffect settled = EntryEffect.of(settlement, branch);

        assertThat(tried.balance(amount).add(settled.balance(amount))).isEqualByComparingTo(balance);
        assertThat(tried.frozen(amount).add(settled.frozen(amount))).isZero();
        assertThat(tried.incoming(amount).add(settled.incoming(amount))).isZero();
    }
}
