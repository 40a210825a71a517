package io.tcckafka.launcher.load;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.tcckafka.events.AccountRef;

/**
 * Picks the two accounts of a transfer. Uniform: every account alike. Hot: a few accounts take a given share of
 * all picks, the rest share the remainder uniformly.
 */
public final class AccountPicker {

    private final List<AccountRef> accounts;
    private final int hotAccounts;
    private final double hotShare;

    private AccountPicker(List<AccountRef> accounts, int hotAccounts, double hotShare) {
        if (accounts.size() < 2) {
            throw new IllegalArgumentException("a transfer needs at least two accounts");
        }
        if (hotAccounts < 0 || hotAccounts > accounts.size() || hotShare < 0 || hotShare > 1) {
            throw new IllegalArgumentException("hot accounts " + hotAccounts + " with share " + hotShare);
        }
        this.accounts = List.copyOf(accounts);
        this.hotAccounts = hotAccounts;
        this.hotShare = hotShare;
    }

    public static AccountPicker uniform(List<AccountRef> accounts) {
        return new AccountPicker(accounts, 0, 0);
    }

    /** The first {@code hotAccounts} of the list take {@code hotShare} of the picks. */
    public static AccountPicker hot(List<AccountRef> accounts, int hotAccounts, double hotShare) {
        return new AccountPicker(accounts, hotAccounts, hotShare);
    }

    public AccountRef pick(Random random) {
        boolean hot = hotAccounts > 0 && random.nextDouble() < hotShare;
        if (hot) {
            return accounts.get(random.nextInt(hotAccounts));
        }
        int cold = accounts.size() - hotAccounts;
        return cold == 0 ? accounts.get(random.nextInt(hotAccounts)) : accounts.get(hotAccounts + random.nextInt(cold));
    }

    /** {@code count} different accounts: a payer, then its payees. */
    public AccountRef[] distinct(Random random, int count) {
        AccountRef[] picked = new AccountRef[count];
        for (int i = 0; i < count; i++) {
            AccountRef next;
            do {
                next = pick(random);
            } while (Arrays.asList(picked).subList(0, i).contains(next));
            picked[i] = next;
        }
        return picked;
    }
}
