package io.tcckafka.participant.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EntryEffect;

/**
 * Gives each change of a batch the account's money after it, from one read of the accounts once the whole batch has
 * changed them: the last change of an account leaves it as read; each earlier one leaves it as the read money minus
 * the effects ({@link EntryEffect}) of the changes after it. So a batch pays one read however many commands it had.
 * Sound because each account the batch changed stays locked (by the ledger's lock or its UPDATE) until the batch
 * commits.
 */
public final class MoneyAfter {

    private MoneyAfter() {
    }

    /** {@code now}: every changed account's money as this transaction sees it after all the changes. */
    public static List<NewEntry> of(List<MoneyMoved> changes, Map<String, AccountView> now) {
        Map<String, AccountView> running = new HashMap<>(now);
        NewEntry[] entries = new NewEntry[changes.size()];
        for (int i = changes.size() - 1; i >= 0; i--) {
            MoneyMoved change = changes.get(i);
            AccountView after = running.get(change.account());
            if (after == null) {
                throw new IllegalStateException("the ledger did not return account " + change.account()
                        + ", which this transaction has just changed");
            }
            entries[i] = new NewEntry(change, after);
            running.put(change.account(), before(after, change));
        }
        return new ArrayList<>(Arrays.asList(entries));
    }

    private static AccountView before(AccountView after, MoneyMoved change) {
        EntryEffect effect = EntryEffect.of(change.kind(), change.branch());
        BigDecimal amount = change.amount();
        return AccountView.of(after.account(), after.balance().subtract(effect.balance(amount)),
                after.frozen().subtract(effect.frozen(amount)), after.incoming().subtract(effect.incoming(amount)));
    }
}
