package io.tcckafka.orchestrator.transfer;

import static io.tcckafka.orchestrator.transfer.Transfers.BACKOFF;
import static io.tcckafka.orchestrator.transfer.Transfers.T0;
import static io.tcckafka.orchestrator.transfer.Transfers.posting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TryState;

/**
 * Given a new transfer and these steps, expect this status, reason and these messages from the last step. A step is
 * a reply, {@code TRY DEBIT bank-a/2 ok} or {@code TRY CREDIT bank-b/1 INSUFFICIENT_FUNDS}, or the timer firing
 * some seconds after the transfer was created, {@code timer 10}; every other step happens at T0.
 */
class TransferStateMachineTest {

    /** One posting; the fee transfer of the sandbox's demo (one debit, two credits); money passing through bank-b/1. */
    private static final Map<String, Supplier<Transfer>> TRANSFERS = Map.of(
            "one", () -> Transfers.accepted("t-42", posting("bank-a/2", "bank-b/1", "30.00")),
            "fee", () -> Transfers.accepted("t-43", posting("bank-a/2", "bank-b/1", "29.50"),
                    posting("bank-a/2", "bank-c/fees", "0.50")),
            "chain", () -> Transfers.accepted("t-44", posting("bank-a/1", "bank-b/1", "10.00"),
                    posting("bank-b/1", "bank-c/1", "10.00")));

    @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            one   | TRY DEBIT bank-a/2 ok                                  | ACCEPTED   | -  | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok           | CONFIRMING | -  | event CONFIRMING; CONFIRM DEBIT bank-a/2; CONFIRM CREDIT bank-b/1
            one   | TRY CREDIT bank-b/1 ok; TRY DEBIT bank-a/2 ok; CONFIRM DEBIT bank-a/2 ok | CONFIRMING | - | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok; CONFIRM CREDIT bank-b/1 ok | COMMITTED | - | event COMMITTED
            one   | TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS                   | CANCELLING | INSUFFICIENT_FUNDS | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one   | TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS; CANCEL CREDIT bank-b/1 ok | CANCELLING | INSUFFICIENT_FUNDS | -
            one   | TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS; CANCEL CREDIT bank-b/1 ok; CANCEL DEBIT bank-a/2 ok | ABORTED | INSUFFICIENT_FUNDS | event ABORTED
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ACCOUNT_NOT_FOUND | CANCELLING | ACCOUNT_NOT_FOUND | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 BALANCE_LIMIT_EXCEEDED | CANCELLING | BALANCE_LIMIT_EXCEEDED | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one   | timer 9                                                 | ACCEPTED   | -  | -
            one   | TRY DEBIT bank-a/2 ok; timer 10                          | CANCELLING | TRY_TIMEOUT | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one   | timer 10; TRY CREDIT bank-b/1 ok                         | CANCELLING | TRY_TIMEOUT | -
            one   | timer 10; CANCEL DEBIT bank-a/2 ok; CANCEL CREDIT bank-b/1 ok | ABORTED | TRY_TIMEOUT | event ABORTED
            one   | TRY DEBIT bank-a/2 ok; TRY DEBIT bank-a/2 ok              | ACCEPTED   | -  | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok; CONFIRM CREDIT bank-b/1 ok; CONFIRM CREDIT bank-b/1 ok | COMMITTED | - | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 TRY_NOT_SUCCEEDED | CONFIRMING | - | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CANCEL CREDIT bank-b/1 ok | CONFIRMING | - | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok; timer 1 | CONFIRMING | - | -
            one   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok; timer 2 | CONFIRMING | - | CONFIRM CREDIT bank-b/1
            one   | TRY CREDIT bank-b/1 ACCOUNT_NOT_FOUND; timer 2           | CANCELLING | ACCOUNT_NOT_FOUND | CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one   | TRY CREDIT bank-b/1 ACCOUNT_NOT_FOUND; TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS | CANCELLING | ACCOUNT_NOT_FOUND | -
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok             | ACCEPTED   | -  | -
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; TRY CREDIT bank-c/fees ok | CONFIRMING | - | event CONFIRMING; CONFIRM DEBIT bank-a/2; CONFIRM CREDIT bank-b/1; CONFIRM CREDIT bank-c/fees
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; TRY CREDIT bank-c/fees ok; CONFIRM CREDIT bank-c/fees ok; CONFIRM DEBIT bank-a/2 ok | CONFIRMING | - | -
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; TRY CREDIT bank-c/fees ok; CONFIRM CREDIT bank-c/fees ok; CONFIRM DEBIT bank-a/2 ok; CONFIRM CREDIT bank-b/1 ok | COMMITTED | - | event COMMITTED
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-c/fees ACCOUNT_NOT_FOUND | CANCELLING | ACCOUNT_NOT_FOUND | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1; CANCEL CREDIT bank-c/fees
            fee   | TRY CREDIT bank-c/fees ACCOUNT_NOT_FOUND; TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS | CANCELLING | ACCOUNT_NOT_FOUND | -
            fee   | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; timer 10   | CANCELLING | TRY_TIMEOUT | event CANCELLING; CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1; CANCEL CREDIT bank-c/fees
            fee   | timer 10; CANCEL DEBIT bank-a/2 ok; CANCEL CREDIT bank-b/1 ok; timer 12 | CANCELLING | TRY_TIMEOUT | CANCEL CREDIT bank-c/fees
            fee   | timer 10; CANCEL DEBIT bank-a/2 ok; CANCEL CREDIT bank-b/1 ok; CANCEL CREDIT bank-c/fees ok | ABORTED | TRY_TIMEOUT | event ABORTED
            chain | TRY DEBIT bank-a/1 ok; TRY CREDIT bank-b/1 ok; TRY CREDIT bank-c/1 ok | ACCEPTED | - | -
            chain | TRY DEBIT bank-a/1 ok; TRY CREDIT bank-b/1 ok; TRY CREDIT bank-c/1 ok; TRY DEBIT bank-b/1 INSUFFICIENT_FUNDS | CANCELLING | INSUFFICIENT_FUNDS | event CANCELLING; CANCEL DEBIT bank-a/1; CANCEL DEBIT bank-b/1; CANCEL CREDIT bank-b/1; CANCEL CREDIT bank-c/1
            chain | TRY DEBIT bank-b/1 ok; TRY DEBIT bank-a/1 ok; TRY CREDIT bank-c/1 ok; TRY CREDIT bank-b/1 ok | CONFIRMING | - | event CONFIRMING; CONFIRM DEBIT bank-a/1; CONFIRM DEBIT bank-b/1; CONFIRM CREDIT bank-b/1; CONFIRM CREDIT bank-c/1
            """)
    void step(String transferName, String steps, TransferStatus status, Reason reason, String lastMessages) {
        Transfer transfer = TRANSFERS.get(transferName).get();
        List<Message> messages = List.of();
        for (String step : steps.split(";")) {
            messages = apply(transfer, step.trim());
        }
        assertThat(transfer.status()).isEqualTo(status);
        assertThat(transfer.reason()).isEqualTo(reason);
        assertThat(messages.stream().map(TransferStateMachineTest::describe))
                .containsExactlyElementsOf(lastMessages == null ? List.of() : list(lastMessages));
    }

    @ParameterizedTest(name = "{0} {1}: branches {2}")
    @CsvSource(delimiter = '|', textBlock = """
            one   | bank-a/2>bank-b/1 30.00                               | DEBIT bank-a/2 30.00; CREDIT bank-b/1 30.00
            fee   | bank-a/2>bank-b/1 29.50, bank-a/2>bank-c/fees 0.50     | DEBIT bank-a/2 30.00; CREDIT bank-b/1 29.50; CREDIT bank-c/fees 0.50
            split | bank-a/1>bank-b/1 5.00, bank-a/2>bank-b/1 7.00         | DEBIT bank-a/1 5.00; DEBIT bank-a/2 7.00; CREDIT bank-b/1 12.00
            chain | bank-a/1>bank-b/1 10.00, bank-b/1>bank-c/1 10.00       | DEBIT bank-a/1 10.00; DEBIT bank-b/1 10.00; CREDIT bank-b/1 10.00; CREDIT bank-c/1 10.00
            back  | bank-a/1>bank-b/1 1.00, bank-b/1>bank-a/1 1.00         | DEBIT bank-a/1 1.00; DEBIT bank-b/1 1.00; CREDIT bank-b/1 1.00; CREDIT bank-a/1 1.00
            exact | bank-a/1>bank-b/1 1e2, bank-a/1>bank-c/1 0.5            | DEBIT bank-a/1 100.50; CREDIT bank-b/1 100.00; CREDIT bank-c/1 0.50
            """)
    void oneBranchPerAccountAndDirectionDebitsFirst(String name, String postings, String branches) {
        var asked = Arrays.stream(postings.split(",")).map(String::trim).map(p -> {
            String[] parts = p.split("[> ]");
            return posting(parts[0], parts[1], parts[2]);
        }).toList();
        assertThat(TransferBranch.plan(asked).stream()
                .map(b -> b.branch() + " " + b.accountName() + " " + b.amount().toPlainString()))
                .containsExactlyElementsOf(list(branches));
    }

    @ParameterizedTest(name = "{0}: {1}, retry now re-sends {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            one | -                                                        | -
            one | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok            | CONFIRM DEBIT bank-a/2; CONFIRM CREDIT bank-b/1
            one | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok | CONFIRM CREDIT bank-b/1
            one | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM CREDIT bank-b/1 TRY_NOT_SUCCEEDED | CONFIRM DEBIT bank-a/2; CONFIRM CREDIT bank-b/1
            one | TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS                    | CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one | timer 10                                                 | CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-b/1
            one | timer 10; CANCEL DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok | CANCEL CREDIT bank-b/1
            one | TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok; CONFIRM CREDIT bank-b/1 ok | -
            one | timer 10; CANCEL DEBIT bank-a/2 ok; CANCEL CREDIT bank-b/1 ok | -
            fee | timer 10; CANCEL CREDIT bank-b/1 ok                      | CANCEL DEBIT bank-a/2; CANCEL CREDIT bank-c/fees
            """)
    void operatorRetryReSendsOnlyTheDecidedPhaseAndChangesNoDecision(String transferName, String steps,
            String resent) {
        Transfer transfer = TRANSFERS.get(transferName).get();
        if (steps != null) {
            Arrays.stream(steps.split(";")).forEach(step -> apply(transfer, step.trim()));
        }
        TransferStatus status = transfer.status();
        Instant later = T0.plusSeconds(15);
        int attempts = transfer.attempts();
        var branchesBefore = transfer.branches();

        if (resent == null) {
            Instant dueBefore = transfer.dueAt();
            assertThatThrownBy(() -> transfer.retryNow(later, BACKOFF)).isInstanceOf(NotSettlingException.class)
                    .hasMessageContaining(status.name());
            assertThat(transfer.dueAt()).isEqualTo(dueBefore);
        } else {
            transfer.retryNow(later, BACKOFF);
            assertThat(transfer.dueAt()).isBeforeOrEqualTo(later);
            assertThat(transfer.onTimer(later, BACKOFF).stream().map(TransferStateMachineTest::describe))
                    .containsExactlyElementsOf(list(resent));
            assertThat(transfer.attempts()).isEqualTo(attempts + 1);
        }
        assertThat(transfer.status()).isEqualTo(status);
        assertThat(transfer.branches()).isEqualTo(branchesBefore);
    }

    /** With the 2 s initial delay, a retry is refused until 2 s after the last copy, whenever that was. */
    @ParameterizedTest(name = "decided at T0, re-sent {0} times, retry {1} s after the last copy: allowed {2}")
    @CsvSource({"0, 1, false", "0, 2, true", "3, 0, false", "3, 1, false", "3, 2, true", "3, 30, true"})
    void aRetryNeverSendsSoonerThanTheBackoffsFirstDelayAfterTheLastCopy(int resends, int secondsAfter,
            boolean allowed) {
        Transfer transfer = confirming();
        Instant lastSent = T0;
        for (int i = 0; i < resends; i++) {
            lastSent = transfer.dueAt();
            transfer.onTimer(lastSent, BACKOFF);
        }
        Instant retry = lastSent.plusSeconds(secondsAfter);
        Instant dueBefore = transfer.dueAt();

        if (allowed) {
            transfer.retryNow(retry, BACKOFF);
            assertThat(transfer.dueAt()).isEqualTo(retry.isBefore(dueBefore) ? retry : dueBefore);
        } else {
            assertThatThrownBy(() -> transfer.retryNow(retry, BACKOFF)).isInstanceOf(RetryTooSoonException.class)
                    .extracting(e -> ((RetryTooSoonException) e).allowedFrom()).isEqualTo(lastSent.plusSeconds(2));
            assertThat(transfer.dueAt()).isEqualTo(dueBefore);
        }
    }

    @ParameterizedTest(name = "{0}, then {1} re-sends: stuck after 3 attempts = {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok             | 0 | false
            TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok             | 1 | false
            TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok             | 2 | true
            TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok             | 5 | true
            TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS                     | 1 | false
            TRY DEBIT bank-a/2 INSUFFICIENT_FUNDS                     | 2 | true
            -                                                         | 0 | false
            """)
    void stuckOnceTheDecidedPhaseWasSentThatOften(String steps, int resends, boolean stuck) {
        Transfer transfer = TRANSFERS.get("one").get();
        if (steps != null) {
            Arrays.stream(steps.split(";")).forEach(step -> apply(transfer, step.trim()));
        }
        for (int i = 0; i < resends; i++) {
            transfer.onTimer(transfer.dueAt(), BACKOFF);
        }
        assertThat(transfer.isStuck(3)).isEqualTo(stuck);
    }

    @Test
    void aFinishedTransferIsNeverStuck() {
        Transfer transfer = confirming();
        transfer.onTimer(transfer.dueAt(), BACKOFF);
        transfer.onTimer(transfer.dueAt(), BACKOFF);
        apply(transfer, "CONFIRM DEBIT bank-a/2 ok");
        apply(transfer, "CONFIRM CREDIT bank-b/1 ok");
        assertThat(transfer.status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(transfer.isStuck(3)).isFalse();
    }

    @Test
    void aNewTransferSendsItsStatusAndTheTryOfEachBranchToTheBankOfItsAccountKeyedByAccount() {
        List<Message> messages = TRANSFERS.get("fee").get().openingMessages();
        assertThat(messages.stream().map(TransferStateMachineTest::describe)).containsExactly("event ACCEPTED",
                "TRY DEBIT bank-a/2", "TRY CREDIT bank-b/1", "TRY CREDIT bank-c/fees");
        assertThat(messages.subList(1, 4)).extracting(Message::topic, Message::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bank.bank-a.commands", "2"),
                org.assertj.core.groups.Tuple.tuple("bank.bank-b.commands", "1"),
                org.assertj.core.groups.Tuple.tuple("bank.bank-c.commands", "fees"));
        assertThat(messages.get(1).payload()).extracting("amount").hasToString("30.00");
    }

    @Test
    void aRejectedRequestSendsOnlyItsTerminalStatusWithItsDetail() {
        Transfer rejected = Transfer.reject("t-1", "f", Rejection.invalid("postings[1]: from and to are the same"),
                T0);
        assertThat(rejected.status()).isEqualTo(TransferStatus.REJECTED);
        assertThat(rejected.openingMessages()).extracting(Message::payload).containsExactly(new TransferEvent("t-1",
                TransferStatus.REJECTED, Reason.INVALID_REQUEST, "postings[1]: from and to are the same", T0));
        Transfer other = TRANSFERS.get("one").get();
        assertThat(rejected.onReply(Transfers.reply(other, Phase.TRY, Branch.DEBIT, "bank-a/2", null), T0, BACKOFF))
                .isEmpty();
        assertThat(rejected.onTimer(T0.plusSeconds(3600), BACKOFF)).isEmpty();
    }

    @Test
    void aReplyForNoBranchOfTheTransferChangesNothing() {
        Transfer transfer = TRANSFERS.get("one").get();
        assertThat(apply(transfer, "TRY DEBIT bank-a/3 ok")).isEmpty();
        assertThat(apply(transfer, "TRY CREDIT bank-a/2 ok")).isEmpty();
        assertThat(transfer.branches()).allMatch(branch -> branch.tryState() == TryState.PENDING);
    }

    @Test
    void theTerminalStatusEventIsTheSameEveryTimeItIsAskedFor() {
        Transfer transfer = TRANSFERS.get("one").get();
        for (String step : list("TRY DEBIT bank-a/2 ok; TRY CREDIT bank-b/1 ok; CONFIRM DEBIT bank-a/2 ok")) {
            apply(transfer, step);
        }
        transfer.onReply(Transfers.reply(transfer, Phase.CONFIRM, Branch.CREDIT, "bank-b/1", null),
                T0.plusSeconds(1), BACKOFF);
        assertThat(transfer.statusEvent()).isEqualTo(transfer.statusEvent())
                .isEqualTo(new TransferEvent("t-42", TransferStatus.COMMITTED, null, null, T0.plusSeconds(1)));
        assertThat(transfer.dueAt()).isNull();
        assertThat(transfer.decidedAt()).isEqualTo(T0);
    }

    @Test
    void resendsBackOffExponentiallyUpToTheCap() {
        Transfer transfer = TRANSFERS.get("one").get();
        transfer.onTimer(T0.plus(Transfers.TRY_TIMEOUT), BACKOFF);
        Instant now = T0.plus(Transfers.TRY_TIMEOUT);
        for (int attempt = 2; attempt <= 8; attempt++) {
            now = transfer.dueAt();
            assertThat(transfer.onTimer(now, BACKOFF)).hasSize(2);
            assertThat(transfer.attempts()).isEqualTo(attempt);
        }
        assertThat(Duration.between(now, transfer.dueAt())).isEqualTo(Duration.ofSeconds(60));
    }

    private static Transfer confirming() {
        Transfer transfer = TRANSFERS.get("one").get();
        apply(transfer, "TRY DEBIT bank-a/2 ok");
        apply(transfer, "TRY CREDIT bank-b/1 ok");
        return transfer;
    }

    /** {@code PHASE BRANCH bank/account ok|REASON}, or {@code timer SECONDS}. */
    private static List<Message> apply(Transfer transfer, String step) {
        String[] words = step.split(" ");
        if (words[0].equals("timer")) {
            return transfer.onTimer(T0.plusSeconds(Integer.parseInt(words[1])), BACKOFF);
        }
        Reason failure = words[3].equals("ok") ? null : Reason.valueOf(words[3]);
        return transfer.onReply(Transfers.reply(transfer, Phase.valueOf(words[0]), Branch.valueOf(words[1]),
                words[2], failure), T0, BACKOFF);
    }

    private static List<String> list(String semicolonSeparated) {
        return Arrays.stream(semicolonSeparated.split(";")).map(String::trim).toList();
    }

    private static String describe(Message message) {
        if (message.payload() instanceof TransferEvent event) {
            return "event " + event.status();
        }
        BranchCommand command = (BranchCommand) message.payload();
        return command.phase() + " " + command.branch() + " " + command.bank() + "/" + command.account();
    }
}
