package io.tcckafka.conformance;

import static io.tcckafka.events.Branch.CREDIT;
import static io.tcckafka.events.Branch.DEBIT;
import static io.tcckafka.events.Phase.CANCEL;
import static io.tcckafka.events.Phase.CONFIRM;
import static io.tcckafka.events.Phase.TRY;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tcckafka.conformance.BankChannel.Identity;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Money;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * What a participant must do, case by case (docs/participants.md): each opens its own accounts, sends commands as the
 * orchestrator would (or would never), and checks the replies and what the accounts hold after.
 */
public final class ConformanceCases {

    /** One case: a name for the report, what it shows, and the exchange itself. */
    public record Case(String name, String shows, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        void run(Bank bank);
    }

    private ConformanceCases() {
    }

    public static List<Case> all() {
        return List.of(
                new Case("debit-try-confirm", "a debit Try freezes the amount, its Confirm takes it",
                        ConformanceCases::debitTryConfirm),
                new Case("debit-try-cancel", "a debit Cancel gives the frozen amount back",
                        ConformanceCases::debitTryCancel),
                new Case("credit-try-confirm", "a credit Try books the amount as incoming, its Confirm adds it",
                        ConformanceCases::creditTryConfirm),
                new Case("credit-try-cancel", "a credit Cancel drops the incoming amount",
                        ConformanceCases::creditTryCancel),
                new Case("insufficient-funds", "a debit Try beyond the available money is refused and reserves nothing",
                        ConformanceCases::insufficientFunds),
                new Case("unknown-account", "a Try on an account the bank does not have is refused",
                        ConformanceCases::unknownAccount),
                new Case("incoming-is-not-spendable", "money only incoming never pays for a debit until confirmed",
                        ConformanceCases::incomingIsNotSpendable),
                new Case("credit-limit", "a credit that could never be confirmed is refused",
                        ConformanceCases::creditLimit),
                new Case("duplicates", "each command applied at most once; a repeat gets the same reply",
                        ConformanceCases::duplicates),
                new Case("cancel-before-try", "a Cancel before its Try succeeds and moves nothing; the late Try is "
                        + "refused (null compensation, anti-hanging)", ConformanceCases::cancelBeforeTry),
                new Case("confirm-without-try", "a Confirm without a Try is refused and moves nothing; the Try after "
                        + "it still works (reordering)", ConformanceCases::confirmWithoutTry),
                new Case("confirm-and-cancel-racing", "of a Confirm and a Cancel of one branch, the first wins and "
                        + "the other is refused", ConformanceCases::confirmAndCancelRacing),
                new Case("amount-differs-from-try", "a later command with another amount than its Try is "
                        + "dead-lettered and changes nothing", ConformanceCases::amountDiffersFromTry),
                new Case("account-differs-from-try", "a command naming another account is another branch, which "
                        + "has no Try", ConformanceCases::accountDiffersFromTry),
                new Case("several-accounts-one-transfer", "one transfer's branches on several accounts of the bank "
                        + "are independent", ConformanceCases::severalAccountsOneTransfer),
                new Case("burst-on-one-account", "many Tries at once on one account never freeze more than it has",
                        ConformanceCases::burstOnOneAccount),
                new Case("hostile-records", "records that are not valid commands change nothing, are "
                        + "dead-lettered, and never block the partition", ConformanceCases::hostileRecords),
                new Case("journal", "every change of an account's money is a journal entry, and only those; the "
                        + "money is the sum of the entries", ConformanceCases::journal));
    }

    private static void debitTryConfirm(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "Try");
        bank.expectMoney(account, "100.00", "30.00", "0.00", "after the Try");
        Expect.succeeded(bank.call(transfer, DEBIT, CONFIRM, account, "30.00"), "Confirm");
        bank.expectMoney(account, "70.00", "0.00", "0.00", "after the Confirm");
    }

    private static void debitTryCancel(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "Try");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, account, "30.00"), "Cancel");
        bank.expectMoney(account, "100.00", "0.00", "0.00", "after the Cancel");
    }

    private static void creditTryConfirm(Bank bank) {
        String account = bank.open("10.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, CREDIT, TRY, account, "25.00"), "Try");
        bank.expectMoney(account, "10.00", "0.00", "25.00", "after the Try");
        Expect.succeeded(bank.call(transfer, CREDIT, CONFIRM, account, "25.00"), "Confirm");
        bank.expectMoney(account, "35.00", "0.00", "0.00", "after the Confirm");
    }

    private static void creditTryCancel(Bank bank) {
        String account = bank.open("10.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, CREDIT, TRY, account, "25.00"), "Try");
        Expect.succeeded(bank.call(transfer, CREDIT, CANCEL, account, "25.00"), "Cancel");
        bank.expectMoney(account, "10.00", "0.00", "0.00", "after the Cancel");
    }

    private static void insufficientFunds(Bank bank) {
        String account = bank.open("20.00");
        String transfer = newTransfer();
        Expect.refused(bank.call(transfer, DEBIT, TRY, account, "20.01"), Reason.INSUFFICIENT_FUNDS, "Try");
        bank.expectMoney(account, "20.00", "0.00", "0.00", "after the refused Try");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, account, "20.01"), "Cancel of the refused Try");
        Expect.succeeded(bank.call(newTransfer(), DEBIT, TRY, account, "20.00"), "Try of all that is available");
        bank.expectMoney(account, "20.00", "20.00", "0.00", "after freezing all of it");
    }

    private static void unknownAccount(Bank bank) {
        String account = "conformance-missing-" + UUID.randomUUID();
        String transfer = newTransfer();
        Expect.refused(bank.call(transfer, DEBIT, TRY, account, "1.00"), Reason.ACCOUNT_NOT_FOUND, "debit Try");
        Expect.refused(bank.call(transfer, CREDIT, TRY, account, "1.00"), Reason.ACCOUNT_NOT_FOUND, "credit Try");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, account, "1.00"), "Cancel of the refused debit");
    }

    private static void incomingIsNotSpendable(Bank bank) {
        String account = bank.open("0.00");
        String incoming = newTransfer();
        Expect.succeeded(bank.call(incoming, CREDIT, TRY, account, "50.00"), "credit Try");
        Expect.refused(bank.call(newTransfer(), DEBIT, TRY, account, "10.00"), Reason.INSUFFICIENT_FUNDS,
                "debit Try paid only by incoming money");
        Expect.succeeded(bank.call(incoming, CREDIT, CONFIRM, account, "50.00"), "credit Confirm");
        Expect.succeeded(bank.call(newTransfer(), DEBIT, TRY, account, "10.00"), "debit Try once it is confirmed");
        bank.expectMoney(account, "50.00", "10.00", "0.00", "at the end");
    }

    private static void creditLimit(Bank bank) {
        String account = bank.open(Money.MAX.subtract(new BigDecimal("10.00")).toPlainString());
        Expect.succeeded(bank.call(newTransfer(), CREDIT, TRY, account, "6.00"), "credit Try that fits");
        Expect.refused(bank.call(newTransfer(), CREDIT, TRY, account, "5.00"), Reason.BALANCE_LIMIT_EXCEEDED,
                "credit Try that could not be confirmed together with the one pending");
        bank.expectMoney(account, Money.MAX.subtract(new BigDecimal("10.00")).toPlainString(), "0.00", "6.00",
                "after both");
    }

    private static void duplicates(Bank bank) {
        String payer = bank.open("100.00");
        String payee = bank.open("0.00");
        String transfer = newTransfer();
        for (Phase phase : List.of(TRY, CONFIRM)) {
            for (var side : List.of(new Object[] { DEBIT, payer }, new Object[] { CREDIT, payee })) {
                Branch branch = (Branch) side[0];
                String account = (String) side[1];
                BranchReply first = bank.call(transfer, branch, phase, account, "40.00");
                Expect.succeeded(first, phase + " " + branch);
                for (int again = 2; again <= 3; again++) {
                    Expect.equal(bank.call(transfer, branch, phase, account, "40.00"), first,
                            phase + " " + branch + " sent again (" + again + ")");
                }
            }
        }
        bank.expectMoney(payer, "60.00", "0.00", "0.00", "after each command three times");
        bank.expectMoney(payee, "40.00", "0.00", "0.00", "after each command three times");
    }

    private static void cancelBeforeTry(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, account, "30.00"), "Cancel with no Try");
        Expect.refused(bank.call(transfer, DEBIT, TRY, account, "30.00"), Reason.CANCELLED_BEFORE_TRY,
                "the late Try");
        bank.expectMoney(account, "100.00", "0.00", "0.00", "after the late Try");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, account, "30.00"), "the Cancel sent again");
    }

    private static void confirmWithoutTry(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.refused(bank.call(transfer, DEBIT, CONFIRM, account, "30.00"), Reason.TRY_NOT_SUCCEEDED,
                "Confirm with no Try");
        bank.expectMoney(account, "100.00", "0.00", "0.00", "after the Confirm with no Try");
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "the Try after it");
        Expect.succeeded(bank.call(transfer, DEBIT, CONFIRM, account, "30.00"), "the Confirm after the Try");
        bank.expectMoney(account, "70.00", "0.00", "0.00", "at the end");
    }

    private static void confirmAndCancelRacing(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "Try");
        BranchCommand confirm = command(bank, transfer, DEBIT, CONFIRM, account, "30.00");
        BranchCommand cancel = command(bank, transfer, DEBIT, CANCEL, account, "30.00");
        bank.channel().send(confirm);
        bank.channel().send(cancel);
        BranchReply confirmed = bank.channel().await(Identity.of(confirm), 1);
        BranchReply cancelled = bank.channel().await(Identity.of(cancel), 1);
        Expect.that(confirmed.succeeded() != cancelled.succeeded(), "exactly one of Confirm and Cancel must "
                + "succeed; got Confirm " + confirmed.outcome() + ", Cancel " + cancelled.outcome());
        if (confirmed.succeeded()) {
            Expect.refused(cancelled, Reason.ALREADY_CONFIRMED, "the Cancel that lost");
            bank.expectMoney(account, "70.00", "0.00", "0.00", "after the Confirm won");
        } else {
            Expect.refused(confirmed, Reason.ALREADY_CANCELLED, "the Confirm that lost");
            bank.expectMoney(account, "100.00", "0.00", "0.00", "after the Cancel won");
        }
    }

    private static void amountDiffersFromTry(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "Try");
        BranchCommand forged = command(bank, transfer, DEBIT, CONFIRM, account, "3.00");
        bank.channel().send(forged);
        bank.expectNoReply(Identity.of(forged));
        bank.expectDeadLettered("a Confirm of 3.00 after a Try of 30.00", account, 1);
        bank.expectMoney(account, "100.00", "30.00", "0.00", "after the forged Confirm");
        Expect.succeeded(bank.call(transfer, DEBIT, CONFIRM, account, "30.00"), "the right Confirm");
        bank.expectMoney(account, "70.00", "0.00", "0.00", "after the right Confirm");
    }

    private static void accountDiffersFromTry(Bank bank) {
        String account = bank.open("100.00");
        String other = bank.open("100.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "Try");
        Expect.refused(bank.call(transfer, DEBIT, CONFIRM, other, "30.00"), Reason.TRY_NOT_SUCCEEDED,
                "Confirm naming another account");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, other, "30.00"), "Cancel naming another account");
        bank.expectMoney(account, "100.00", "30.00", "0.00", "after commands naming another account");
        bank.expectMoney(other, "100.00", "0.00", "0.00", "after commands naming it");
        Expect.succeeded(bank.call(transfer, DEBIT, CONFIRM, account, "30.00"), "the Confirm of the Try's account");
        bank.expectMoney(account, "70.00", "0.00", "0.00", "at the end");
    }

    private static void severalAccountsOneTransfer(Bank bank) {
        String first = bank.open("100.00");
        String second = bank.open("10.00");
        String transfer = newTransfer();
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, first, "40.00"), "debit Try of the first account");
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, second, "10.00"), "debit Try of the second account");
        Expect.succeeded(bank.call(transfer, CREDIT, TRY, first, "5.00"), "credit Try of the first account");
        bank.expectMoney(first, "100.00", "40.00", "5.00", "after the Tries");
        Expect.succeeded(bank.call(transfer, DEBIT, CONFIRM, first, "40.00"), "Confirm of the first debit");
        Expect.succeeded(bank.call(transfer, DEBIT, CANCEL, second, "10.00"), "Cancel of the second debit");
        Expect.succeeded(bank.call(transfer, CREDIT, CONFIRM, first, "5.00"), "Confirm of the credit");
        bank.expectMoney(first, "65.00", "0.00", "0.00", "at the end");
        bank.expectMoney(second, "10.00", "0.00", "0.00", "at the end");
    }

    private static void burstOnOneAccount(Bank bank) {
        String account = bank.open("25.00");
        List<BranchCommand> tries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tries.add(command(bank, newTransfer(), DEBIT, TRY, account, "1.00"));
        }
        tries.forEach(bank.channel()::send);
        List<BranchReply> replies = tries.stream().map(t -> bank.channel().await(Identity.of(t), 1)).toList();
        long succeeded = replies.stream().filter(BranchReply::succeeded).count();
        Expect.equal(succeeded, 25L, "Tries of 1.00 on an account of 25.00 that succeeded");
        replies.stream().filter(reply -> !reply.succeeded())
                .forEach(reply -> Expect.refused(reply, Reason.INSUFFICIENT_FUNDS, "a Try beyond the funds"));
        bank.expectMoney(account, "25.00", "25.00", "0.00", "after the burst");
        for (int i = 0; i < tries.size(); i++) {
            BranchCommand tried = tries.get(i);
            bank.channel().send(command(bank, tried.transferId(), DEBIT,
                    replies.get(i).succeeded() ? CONFIRM : CANCEL, account, "1.00"));
        }
        for (int i = 0; i < tries.size(); i++) {
            Phase phase = replies.get(i).succeeded() ? CONFIRM : CANCEL;
            Expect.succeeded(bank.channel().await(new Identity(tries.get(i).transferId(), DEBIT, account, phase), 1),
                    phase + " after the burst");
        }
        bank.expectMoney(account, "0.00", "0.00", "0.00", "after settling the burst");
    }

    private static void hostileRecords(Bank bank) {
        String account = bank.open("100.00");
        String transfer = newTransfer();
        String valid = EventJson.write(command(bank, transfer, DEBIT, TRY, account, "30.00"));
        List<byte[]> hostile = List.of(
                bytes("not json at all"),
                new byte[0],
                bytes("{\"transferId\":\"" + transfer + "\",\"branch\":\"DEBIT\""),
                bytes(valid.replace("\"TRY\"", "\"PREPARE\"")),
                bytes(valid.replace("\"30.00\"", "\"-30.00\"")),
                bytes(valid.replace("\"30.00\"", "\"30.001\"")),
                bytes(valid.replace("\"" + bank.name() + "\"", "\"another-bank\"")),
                bytes(valid.replace("\"amount\":\"30.00\"", "\"amount\":\"30.00\",\"amount\":\"3000.00\"")));
        for (byte[] record : hostile) {
            bank.channel().sendRaw(account, record, transfer);
        }
        // keyed by another account: it lands in the wrong place for its account's order
        bank.channel().sendRaw("another-account", bytes(valid), transfer);
        bank.expectDeadLettered("the hostile records", account, hostile.size());
        bank.expectDeadLettered("the record keyed by another account", "another-account", 1);
        bank.expectMoney(account, "100.00", "0.00", "0.00", "after the hostile records");
        Expect.succeeded(bank.call(transfer, DEBIT, TRY, account, "30.00"), "a valid Try after them, same partition");
        Expect.that(bank.channel().repliesTo(new Identity(transfer, DEBIT, account, TRY)).size() == 1,
                "only the valid Try may be answered; the hostile records got replies too");
        bank.expectMoney(account, "100.00", "30.00", "0.00", "after the valid Try");
    }

    private static void journal(Bank bank) {
        String account = bank.open("100.00");
        String debit = newTransfer();
        String credit = newTransfer();
        Expect.succeeded(bank.call(debit, DEBIT, TRY, account, "30.00"), "debit Try");
        Expect.succeeded(bank.call(debit, DEBIT, TRY, account, "30.00"), "the debit Try again");
        Expect.succeeded(bank.call(credit, CREDIT, TRY, account, "5.00"), "credit Try");
        bank.expectJournal(account, List.of("OPEN 100.00", "TRY DEBIT 30.00", "TRY CREDIT 5.00"), "after the Tries");
        Expect.succeeded(bank.call(debit, DEBIT, CONFIRM, account, "30.00"), "debit Confirm");
        Expect.succeeded(bank.call(credit, CREDIT, CANCEL, account, "5.00"), "credit Cancel");
        Expect.refused(bank.call(newTransfer(), DEBIT, TRY, account, "70.01"), Reason.INSUFFICIENT_FUNDS,
                "a Try beyond the available money");
        Expect.succeeded(bank.call(newTransfer(), CREDIT, CANCEL, account, "1.00"), "a Cancel without a Try");
        bank.expectJournal(account, List.of("OPEN 100.00", "TRY DEBIT 30.00", "TRY CREDIT 5.00", "CONFIRM DEBIT 30.00",
                "CANCEL CREDIT 5.00"), "at the end");
    }

    static BranchCommand command(Bank bank, String transfer, Branch branch, Phase phase, String account,
            String amount) {
        return new BranchCommand(transfer, branch, phase, bank.name(), account, new BigDecimal(amount));
    }

    private static String newTransfer() {
        return "conformance-" + UUID.randomUUID();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
