package io.tcckafka.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.tcckafka.conformance.BankChannel.Identity;
import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.Phase;

/** The participant as one case sees it: its topics, its account API, its dead letters, and what the case noted. */
public final class Bank {

    private final String name;
    private final BankChannel channel;
    private final AccountApi accounts;
    private final Optional<DeadLetters> deadLetters;
    private final List<String> notes = new ArrayList<>();

    Bank(String name, BankChannel channel, AccountApi accounts, Optional<DeadLetters> deadLetters) {
        this.name = name;
        this.channel = channel;
        this.accounts = accounts;
        this.deadLetters = deadLetters;
    }

    String name() {
        return name;
    }

    BankChannel channel() {
        return channel;
    }

    String open(String balance) {
        return accounts.open(balance);
    }

    BranchReply call(String transfer, Branch branch, Phase phase, String account, String amount) {
        return channel.call(new BranchCommand(transfer, branch, phase, name, account, new BigDecimal(amount)));
    }

    void expectMoney(String account, String balance, String frozen, String incoming, String when) {
        Expect.money(accounts.get(account), balance, frozen, incoming, when);
    }

    /**
     * The account's journal has exactly these entries, in order ("KIND BRANCH AMOUNT", "OPEN AMOUNT"), and each of its
     * balance, frozen and incoming money is the sum of the entries' changes.
     */
    void expectJournal(String account, List<String> entries, String when) {
        List<JournalEntry> journal = accounts.statement(account);
        Expect.equal(journal.stream().map(Bank::describe).toList(), entries, "journal of " + account + " " + when);
        AccountView money = accounts.get(account);
        Expect.money(money, sum(journal, JournalEntry::balanceChange), sum(journal, JournalEntry::frozenChange),
                sum(journal, JournalEntry::incomingChange), "against the sums of its journal entries " + when);
    }

    private static String describe(JournalEntry entry) {
        return (entry.branch() == null ? entry.kind() : entry.kind() + " " + entry.branch()) + " "
                + entry.amount().toPlainString();
    }

    private static String sum(List<JournalEntry> journal, Function<JournalEntry, BigDecimal> change) {
        return journal.stream().map(change).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    /**
     * No reply to this command: once a harmless command sent after it is answered, a reply to the first would have
     * come before. The harmless one is a Cancel of the other side of the same account in the same transfer, a branch
     * with no Try: keyed by the same account, it is read after the first; of the same transfer, its reply lands on
     * the same reply partition.
     */
    void expectNoReply(Identity command) {
        Branch otherSide = command.branch() == Branch.DEBIT ? Branch.CREDIT : Branch.DEBIT;
        BranchReply answered = channel.call(new BranchCommand(command.transferId(), otherSide, Phase.CANCEL, name,
                command.account(), BigDecimal.ONE));
        Expect.succeeded(answered, "a Cancel with no Try, sent after it");
        Expect.equal(channel.repliesTo(command), List.of(), "replies to " + command);
    }

    /** At least {@code count} records with this key on the dead-letter topic since the run began. */
    void expectDeadLettered(String what, String key, int count) {
        if (deadLetters.isEmpty()) {
            notes.add("dead-letter topic not checked for " + what + " (no reader given)");
            return;
        }
        deadLetters.get().await(key, count, what);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
