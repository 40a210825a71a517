package io.tcckafka.participant.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.EntryKind;

/**
 * A batch's changes to one account, its money read once after them all (balance/frozen/incoming), and the money after
 * each change that the journal gets.
 */
class MoneyAfterTest {

    @ParameterizedTest(name = "{0} of 30.00, then {1} -> after each: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DEBIT:TRY                              | 100/30/0 | 100/30/0
            DEBIT:TRY DEBIT:CONFIRM                | 70/0/0   | 100/30/0 70/0/0
            DEBIT:TRY DEBIT:CANCEL                 | 100/0/0  | 100/30/0 100/0/0
            CREDIT:TRY CREDIT:CONFIRM              | 130/0/0  | 100/0/30 130/0/0
            CREDIT:TRY CREDIT:CANCEL               | 100/0/0  | 100/0/30 100/0/0
            DEBIT:TRY CREDIT:TRY DEBIT:CONFIRM     | 70/0/30  | 100/30/0 100/30/30 70/0/30
            DEBIT:TRY DEBIT:TRY DEBIT:CONFIRM      | 70/30/0  | 100/30/0 100/60/0 70/30/0""")
    void eachChangeGetsTheMoneyItLeft(String changes, String now, String afterEach) {
        List<MoneyMoved> moved = Arrays.stream(changes.split(" ")).map(change -> change.split(":"))
                .map(parts -> new MoneyMoved("2", EntryKind.valueOf(parts[1]), "t-1", Branch.valueOf(parts[0]),
                        new BigDecimal("30.00")))
                .toList();

        List<NewEntry> entries = MoneyAfter.of(moved, Map.of("2", money("2", now)));

        assertThat(entries).extracting(NewEntry::change).containsExactlyElementsOf(moved);
        assertThat(entries).extracting(NewEntry::after).containsExactlyElementsOf(
                Arrays.stream(afterEach.split(" ")).map(after -> money("2", after)).toList());
    }

    @Test
    void accountsAreWalkedBackEachOnItsOwn() {
        List<MoneyMoved> moved = List.of(
                new MoneyMoved("a", EntryKind.CONFIRM, "t-1", Branch.DEBIT, new BigDecimal("5.00")),
                new MoneyMoved("b", EntryKind.CONFIRM, "t-1", Branch.CREDIT, new BigDecimal("5.00")),
                new MoneyMoved("a", EntryKind.TRY, "t-2", Branch.DEBIT, new BigDecimal("1.00")));

        List<NewEntry> entries = MoneyAfter.of(moved, Map.of("a", money("a", "15/1/0"), "b", money("b", "5/0/0")));

        assertThat(entries).extracting(NewEntry::after)
                .containsExactly(money("a", "15/0/0"), money("b", "5/0/0"), money("a", "15/1/0"));
    }

    @Test
    void anAccountTheLedgerDidNotReturnIsAnError() {
        List<MoneyMoved> moved = List.of(new MoneyMoved("x", EntryKind.TRY, "t-1", Branch.DEBIT, BigDecimal.ONE));

        assertThatThrownBy(() -> MoneyAfter.of(moved, Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("account x");
    }

    private static AccountView money(String account, String balanceFrozenIncoming) {
        String[] parts = balanceFrozenIncoming.split("/");
        return AccountView.of(account, new BigDecimal(parts[0]), new BigDecimal(parts[1]), new BigDecimal(parts[2]));
    }
}
