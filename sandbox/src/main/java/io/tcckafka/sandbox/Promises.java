package io.tcckafka.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * The opening balances of the accounts a run uses, and the promises checked once it is over: every transfer is
 * terminal, each balance is what the committed transfers imply, the total is unchanged, nothing is negative,
 * nothing is left frozen or incoming, each account's journal adds up to its money, and no transfer has two different
 * terminal events or both decisions.
 * Each broken promise is one readable line naming the transfer or account.
 */
public final class Promises {

    private final StackClient client;
    private final Map<AccountRef, BigDecimal> opening = new LinkedHashMap<>();

    public Promises(StackClient client) {
        this.client = client;
    }

    public AccountRef open(String bank, String account, String balance) {
        client.openAccount(bank, account, balance);
        AccountRef ref = new AccountRef(bank, account);
        opening.put(ref, new BigDecimal(balance));
        return ref;
    }

    public List<AccountRef> accounts() {
        return List.copyOf(opening.keySet());
    }

    /** What the stack's state breaks of the promises, given every request that was sent. */
    public List<String> brokenPromises(Collection<TransferRequest> requests) {
        List<String> broken = new ArrayList<>();
        Map<AccountRef, BigDecimal> expected = new HashMap<>(opening);
        for (TransferRequest request : requests) {
            TransferOutcome outcome = client.outcome(request.transferId());
            if (outcome == null || !outcome.status().isTerminal()) {
                broken.add("transfer " + request.transferId() + " is not terminal: "
                        + (outcome == null ? "unknown to the orchestrator" : outcome.status()));
            } else if (outcome.status() == TransferStatus.COMMITTED) {
                for (Posting posting : request.allPostings()) {
                    expected.merge(posting.from(), posting.amount().negate(), BigDecimal::add);
                    expected.merge(posting.to(), posting.amount(), BigDecimal::add);
                }
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (AccountRef ref : opening.keySet()) {
            AccountView actual = client.account(ref.bank(), ref.account());
            if (actual.balance().compareTo(expected.get(ref)) != 0) {
                broken.add("balance of " + ref + " is " + actual.balance() + " but its committed transfers make "
                        + expected.get(ref));
            }
            if (actual.balance().signum() < 0) {
                broken.add("balance of " + ref + " is negative: " + actual.balance());
            }
            if (actual.frozen().signum() != 0) {
                broken.add(ref + " still has " + actual.frozen() + " frozen");
            }
            if (actual.incoming().signum() != 0) {
                broken.add(ref + " still has " + actual.incoming() + " incoming");
            }
            total = total.add(actual.balance());
            broken.addAll(journalBreaks(ref, actual, client.statement(ref.bank(), ref.account())));
        }
        BigDecimal openingTotal = opening.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(openingTotal) != 0) {
            broken.add("total is " + total + ", it was " + openingTotal);
        }
        return broken;
    }

    /** The account's balance, frozen and incoming money are each the sum of its journal entries' changes. */
    static List<String> journalBreaks(AccountRef ref, AccountView actual, List<JournalEntry> entries) {
        List<String> broken = new ArrayList<>();
        checkSum(broken, ref + "'s balance", actual.balance(), entries, JournalEntry::balanceChange);
        checkSum(broken, ref + "'s frozen money", actual.frozen(), entries, JournalEntry::frozenChange);
        checkSum(broken, ref + "'s incoming money", actual.incoming(), entries, JournalEntry::incomingChange);
        return broken;
    }

    private static void checkSum(List<String> broken, String what, BigDecimal actual, List<JournalEntry> entries,
            Function<JournalEntry, BigDecimal> change) {
        BigDecimal sum = entries.stream().map(change).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(actual) != 0) {
            broken.add(what + " is " + actual + " but its " + entries.size() + " journal entries add up to " + sum);
        }
    }

    /**
     * Per transfer on transfer.events: at most one terminal status (repeats identical), and never both a Confirm
     * and a Cancel decision.
     */
    public static List<String> brokenEventPromises(List<String> eventValues) {
        Map<String, List<TransferEvent>> byTransfer = eventValues.stream()
                .map(json -> EventJson.read(json, TransferEvent.class))
                .distinct()
                .collect(Collectors.groupingBy(TransferEvent::transferId, LinkedHashMap::new, Collectors.toList()));
        List<String> broken = new ArrayList<>();
        byTransfer.forEach((id, events) -> {
            List<TransferEvent> terminal = events.stream().filter(e -> e.status().isTerminal()).toList();
            if (terminal.size() > 1) {
                broken.add("transfer " + id + " has " + terminal.size() + " different terminal events: " + terminal);
            }
            List<TransferStatus> statuses = events.stream().map(TransferEvent::status).toList();
            if (statuses.containsAll(List.of(TransferStatus.CONFIRMING, TransferStatus.CANCELLING))) {
                broken.add("transfer " + id + " was decided both ways: " + statuses);
            }
        });
        return broken;
    }
}
