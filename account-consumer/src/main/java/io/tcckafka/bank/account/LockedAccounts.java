package io.tcckafka.bank.account;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EntryEffect;
import io.tcckafka.events.Money;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.participant.BranchOrder;

/**
 * The accounts one transaction has locked, and their money as its commands change it, in memory: what
 * {@link AccountLedger} writes back in one statement. Pure: the ledger does the reading, locking and writing.
 * <p>
 * The rules of a change (docs/participants.md, "The ledger"): what it does to balance, frozen and incoming is the
 * {@link EntryEffect} of its phase and branch; a Try is refused {@code ACCOUNT_NOT_FOUND} when the account does not
 * exist, {@code INSUFFICIENT_FUNDS} when it would leave less than nothing available (balance − frozen < amount),
 * {@code BALANCE_LIMIT_EXCEEDED} when the balance could no longer take every pending credit (balance + incoming +
 * amount > {@link Money#MAX}); a Confirm or Cancel that would leave less than nothing frozen or incoming (less is
 * reserved than its Try reserved: the data was changed behind the barrier) throws, which rolls the batch back.
 */
final class LockedAccounts {

    private final Set<String> locked = new HashSet<>();
    /** Each locked account that exists, as the database holds it: as read, then as last written. */
    private final Map<String, AccountView> stored = new HashMap<>();
    /** The same accounts with this transaction's changes. */
    private final Map<String, AccountView> changed = new HashMap<>();

    /** Of these accounts, those not locked yet, each once and in id order: what to lock next. */
    List<String> notLocked(Collection<String> ids) {
        return ids.stream().filter(id -> !locked.contains(id)).distinct().sorted().toList();
    }

    /** Takes what a locking read of these accounts found: an id without a row is an account that does not exist. */
    void locked(Collection<String> ids, Collection<AccountView> rows) {
        locked.addAll(ids);
        for (AccountView row : rows) {
            if (!locked.contains(row.account())) {
                throw new IllegalArgumentException("account " + row.account() + " was read but not asked for");
            }
            stored.put(row.account(), row);
            changed.put(row.account(), row);
        }
    }

    /**
     * Applies the order's change to the locked account: empty when done, the refusal of a Try that changes nothing.
     *
     * @throws IllegalStateException for a Confirm or Cancel the account cannot take, or an account not locked
     */
    Optional<Reason> change(Phase phase, BranchOrder order) {
        String id = order.account();
        if (!locked.contains(id)) {
            throw new IllegalStateException("account " + id + " is changed without being locked");
        }
        AccountView before = changed.get(id);
        AccountView after = before == null ? null : moved(before, EntryEffect.of(phase, order.branch()),
                order.amount());
        Optional<Reason> refusal = refusal(after);
        if (refusal.isEmpty() && after.frozen().signum() >= 0 && after.incoming().signum() >= 0) {
            changed.put(id, after);
            return Optional.empty();
        }
        if (phase == Phase.TRY) {
            return refusal;
        }
        throw new IllegalStateException("cannot %s %s %s of transfer %s on account %s: the reserved amount is not "
                .formatted(phase.name().toLowerCase(), order.branch(), order.amount(), order.transferId(), id)
                + "there (" + (before == null ? "no such account" : before) + ")");
    }

    /** What this transaction holds for these accounts, locked and existing; the others are left out. */
    List<AccountView> views(Collection<String> ids) {
        return ids.stream().distinct().map(changed::get).filter(Objects::nonNull).toList();
    }

    /** The accounts whose money differs from what the database holds, in id order: what to write. */
    List<AccountView> unwritten() {
        return changed.values().stream().filter(view -> !view.equals(stored.get(view.account())))
                .sorted(Comparator.comparing(AccountView::account)).toList();
    }

    /** What {@link #unwritten} returned is now in the database. */
    void written() {
        stored.putAll(changed);
    }

    private static AccountView moved(AccountView before, EntryEffect effect, BigDecimal amount) {
        return AccountView.of(before.account(), before.balance().add(effect.balance(amount)),
                before.frozen().add(effect.frozen(amount)), before.incoming().add(effect.incoming(amount)));
    }

    // What would keep a Try from reserving; for a Confirm or Cancel, with its Try's reservation there, never anything.
    private static Optional<Reason> refusal(AccountView after) {
        if (after == null) {
            return Optional.of(Reason.ACCOUNT_NOT_FOUND);
        }
        if (after.available().signum() < 0) {
            return Optional.of(Reason.INSUFFICIENT_FUNDS);
        }
        if (after.balance().add(after.incoming()).compareTo(Money.MAX) > 0) {
            return Optional.of(Reason.BALANCE_LIMIT_EXCEEDED);
        }
        return Optional.empty();
    }
}
