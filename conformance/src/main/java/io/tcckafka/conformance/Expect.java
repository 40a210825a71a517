package io.tcckafka.conformance;

import java.math.BigDecimal;
import java.util.Objects;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Reason;

/** The checks of the cases, failing with {@link ConformanceFailure} and a message a participant's author can act on. */
final class Expect {

    private Expect() {
    }

    static void that(boolean holds, String what) {
        if (!holds) {
            throw new ConformanceFailure(what);
        }
    }

    static void equal(Object actual, Object expected, String what) {
        that(Objects.equals(actual, expected), what + ": expected " + expected + ", got " + actual);
    }

    static void succeeded(BranchReply reply, String what) {
        that(reply.outcome() == Outcome.SUCCEEDED && reply.reason() == null,
                what + ": expected SUCCEEDED, got " + reply.outcome() + " " + reply.reason());
    }

    static void refused(BranchReply reply, Reason reason, String what) {
        that(reply.outcome() == Outcome.FAILED && reply.reason() == reason,
                what + ": expected FAILED " + reason + ", got " + reply.outcome() + " " + reply.reason());
    }

    /** The account holds exactly this: balance, frozen (debits reserved), incoming (credits reserved). */
    static void money(AccountView account, String balance, String frozen, String incoming, String when) {
        boolean holds = same(account.balance(), balance) && same(account.frozen(), frozen)
                && same(account.incoming(), incoming)
                && same(account.available(), new BigDecimal(balance).subtract(new BigDecimal(frozen)).toPlainString());
        that(holds, "account " + account.account() + " " + when + ": expected balance " + balance + ", frozen "
                + frozen + ", incoming " + incoming + ", available balance - frozen; got balance " + account.balance()
                + ", frozen " + account.frozen() + ", incoming " + account.incoming() + ", available "
                + account.available());
    }

    private static boolean same(BigDecimal actual, String expected) {
        return actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
    }
}
