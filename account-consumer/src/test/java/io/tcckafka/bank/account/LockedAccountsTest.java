package io.tcckafka.bank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.participant.BranchOrder;

/** The ledger's rules on locked accounts in memory: each change's guard, its effect, and what is left to write. */
class LockedAccountsTest {

    /**
     * An account (balance/frozen/incoming, {@code -} when it does not exist), one change, and what it leaves: the
     * money, a Try's refusal (the money unchanged), or {@code throws} for a Confirm or Cancel it cannot take.
     */
    @ParameterizedTest(name = "{0}: {1} {2} {3} -> {4}")
    @CsvSource(textBlock = """
            100.00/0.00/0.00,    DEBIT,  TRY,     30.00, 100.00/30.00/0.00
            100.00/70.00/0.00,   DEBIT,  TRY,     30.00, 100.00/100.00/0.00
            100.00/80.00/0.00,   DEBIT,  TRY,     30.00, INSUFFICIENT_FUNDS
            100.00/0.00/50.00,   DEBIT,  TRY,    100.01, INSUFFICIENT_FUNDS
            -,                   DEBIT,  TRY,     30.00, ACCOUNT_NOT_FOUND
            100.00/30.00/0.00,   DEBIT,  CONFIRM, 30.00, 70.00/0.00/0.00
            100.00/30.00/0.00,   DEBIT,  CANCEL,  30.00, 100.00/0.00/0.00
            100.00/20.00/0.00,   DEBIT,  CONFIRM, 30.00, throws
            100.00/20.00/0.00,   DEBIT,  CANCEL,  30.00, throws
            -,                   DEBIT,  CONFIRM, 30.00, throws
            5.00/0.00/0.00,      CREDIT, TRY,     20.00, 5.00/0.00/20.00
            99999999999999990.00/0.00/5.00, CREDIT, TRY, 4.99, 99999999999999990.00/0.00/9.99
            99999999999999990.00/0.00/5.00, CREDIT, TRY, 5.00, BALANCE_LIMIT_EXCEEDED
            -,                   CREDIT, TRY,     20.00, ACCOUNT_NOT_FOUND
            5.00/0.00/20.00,     CREDIT, CONFIRM, 20.00, 25.00/0.00/0.00
            5.00/0.00/20.00,     CREDIT, CANCEL,  20.00, 5.00/0.00/0.00
            5.00/0.00/10.00,     CREDIT, CONFIRM, 20.00, throws
            5.00/0.00/10.00,     CREDIT, CANCEL,  20.00, throws
            -,                   CREDIT, CANCEL,  20.00, throws""")
    void eachChangeChecksItsGuardAndAppliesItsEffect(String money, Branch branch, Phase phase, BigDecimal amount,
            String leaves) {
        LockedAccounts accounts = lockedWith("2", money);
        BranchOrder order = new BranchOrder("t-1", branch, "2", amount);

        if (leaves.equals("throws")) {
            assertThatThrownBy(() -> accounts.change(phase, order)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the reserved amount is not there");
            assertThat(accounts.unwritten()).isEmpty();
        } else if (leaves.contains("/")) {
            assertThat(accounts.change(phase, order)).isEmpty();
            assertThat(accounts.views(List.of("2"))).containsExactly(view("2", leaves));
            assertThat(accounts.unwritten()).containsExactly(view("2", leaves));
        } else {
            assertThat(accounts.change(phase, order)).contains(Reason.valueOf(leaves));
            assertThat(accounts.views(List.of("2"))).isEqualTo(money.equals("-") ? List.of()
                    : List.of(view("2", money)));
            assertThat(accounts.unwritten()).isEmpty();
        }
    }

    /** Changes of one batch build on each other: the second Try sees what the first froze. */
    @Test
    void aChangeSeesTheChangesBeforeIt() {
        LockedAccounts accounts = lockedWith("2", "100.00/0.00/0.00");

        assertThat(accounts.change(Phase.TRY, order("t-1", Branch.DEBIT, "80.00"))).isEmpty();
        assertThat(accounts.change(Phase.TRY, order("t-2", Branch.DEBIT, "30.00")))
                .contains(Reason.INSUFFICIENT_FUNDS);
        assertThat(accounts.change(Phase.TRY, order("t-2", Branch.CREDIT, "30.00"))).isEmpty();
        assertThat(accounts.change(Phase.TRY, order("t-3", Branch.DEBIT, "30.00")))
                .as("incoming money is not spendable").contains(Reason.INSUFFICIENT_FUNDS);
        assertThat(accounts.views(List.of("2"))).containsExactly(view("2", "100.00/80.00/30.00"));
    }

    /** Only what differs from the database is written, once: a Try and its Cancel in one batch write nothing. */
    @Test
    void whatIsWrittenIsWhatDiffersFromTheDatabase() {
        LockedAccounts accounts = new LockedAccounts();
        accounts.locked(List.of("a", "b", "c"), List.of(view("a", "10.00/0.00/0.00"), view("b", "10.00/0.00/0.00"),
                view("c", "10.00/0.00/0.00")));

        accounts.change(Phase.TRY, new BranchOrder("t-1", Branch.DEBIT, "c", new BigDecimal("1.00")));
        accounts.change(Phase.TRY, new BranchOrder("t-1", Branch.CREDIT, "a", new BigDecimal("1.00")));
        accounts.change(Phase.TRY, new BranchOrder("t-2", Branch.DEBIT, "b", new BigDecimal("1.00")));
        accounts.change(Phase.CANCEL, new BranchOrder("t-2", Branch.DEBIT, "b", new BigDecimal("1.00")));

        assertThat(accounts.unwritten()).containsExactly(view("a", "10.00/0.00/1.00"), view("c", "10.00/1.00/0.00"));
        accounts.written();
        assertThat(accounts.unwritten()).isEmpty();
        accounts.change(Phase.CONFIRM, new BranchOrder("t-1", Branch.DEBIT, "c", new BigDecimal("1.00")));
        assertThat(accounts.unwritten()).containsExactly(view("c", "9.00/0.00/0.00"));
    }

    @Test
    void whatToLockIsWhatIsNotLockedYetEachOnceInIdOrder() {
        LockedAccounts accounts = lockedWith("m", "1.00/0.00/0.00");

        assertThat(accounts.notLocked(List.of("z", "m", "a", "z", "b"))).containsExactly("a", "b", "z");
        accounts.locked(List.of("a", "missing"), List.of(view("a", "2.00/0.00/0.00")));
        assertThat(accounts.notLocked(List.of("a", "missing", "m"))).isEmpty();
        assertThat(accounts.views(List.of("m", "missing", "a", "unlocked")))
                .containsExactly(view("m", "1.00/0.00/0.00"), view("a", "2.00/0.00/0.00"));
    }

    @Test
    void anAccountThatWasNotLockedIsNotChanged() {
        LockedAccounts accounts = lockedWith("2", "100.00/0.00/0.00");

        assertThatThrownBy(() -> accounts.change(Phase.TRY, new BranchOrder("t-1", Branch.DEBIT, "3",
                new BigDecimal("1.00")))).isInstanceOf(IllegalStateException.class).hasMessageContaining("locked");
    }

    private static LockedAccounts lockedWith(String id, String money) {
        LockedAccounts accounts = new LockedAccounts();
        accounts.locked(List.of(id), money.equals("-") ? List.of() : List.of(view(id, money)));
        return accounts;
    }

    private static BranchOrder order(String transfer, Branch branch, String amount) {
        return new BranchOrder(transfer, branch, "2", new BigDecimal(amount));
    }

    /** {@code balance/frozen/incoming}. */
    private static AccountView view(String id, String money) {
        String[] parts = money.split("/");
        return AccountView.of(id, new BigDecimal(parts[0]), new BigDecimal(parts[1]), new BigDecimal(parts[2]));
    }
}
