package io.tcckafka.cli;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.AccountView;

/** {@code tcc account}: an account's money in one line, as the sandbox prints its balances. */
public final class AccountText {

    private AccountText() {
    }

    public static String of(AccountRef account, AccountView view) {
        return AccountArgument.format(account) + "  balance " + view.balance() + "  frozen " + view.frozen()
                + "  incoming " + view.incoming() + "  available " + view.available();
    }
}
