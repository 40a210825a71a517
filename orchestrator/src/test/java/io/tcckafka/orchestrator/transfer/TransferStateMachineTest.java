package io.tcckafka.orchestrator.transfer;

import static io.tcckafka.events.Branch.CREDIT;
import static io.tcckafka.events.Branch.DEBIT;
import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.ACCEPTED;
import static io.tcckafka.events.TransferStatus.CANCELLING;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static io.tcckafka.events.TransferStatus.CONFIRMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/** Given a new transfer and these steps, expect this status, reason and these messages from the last step. */
class TransferStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");
    private static final Duration TRY_TIMEOUT = Duration.ofSeconds(10);
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    record Step(String name, BiFunction<Transfer, Instant, List<Message>> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                arguments(List.of(ok(DEBIT, Phase.TRY)), ACCEPTED, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY)), CONFIRMING, null,
                        List.of("event CONFIRMING", "CONFIRM DEBIT", "CONFIRM CREDIT")),
                arguments(List.of(ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM)), CONFIRMING,
                        null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM),
                        ok(CREDIT, Phase.CONFIRM)), COMMITTED, null, List.of("event COMMITTED")),
                arguments(List.of(failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS)), CANCELLING,
                        Reason.INSUFFICIENT_FUNDS, List.of("event CANCELLING", "CANCEL DEBIT", "CANCEL CREDIT")),
                arguments(List.of(failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS), ok(CREDIT, Phase.CANCEL)),
                        CANCELLING, Reason.INSUFFICIENT_FUNDS, List.of()),
                arguments(List.of(failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS), ok(CREDIT, Phase.CANCEL),
                        ok(DEBIT, Phase.CANCEL)), ABORTED, Reason.INSUFFICIENT_FUNDS, List.of("event ABORTED")),
                arguments(List.of(ok(DEBIT, Phase.TRY), failed(CREDIT, Phase.TRY, Reason.ACCOUNT_NOT_FOUND)),
                        CANCELLING, Reason.ACCOUNT_NOT_FOUND, List.of("event CANCELLING", "CANCEL DEBIT",
                                "CANCEL CREDIT")),
                arguments(List.of(ok(DEBIT, Phase.TRY), failed(CREDIT, Phase.TRY, Reason.BALANCE_LIMIT_EXCEEDED)),
                        CANCELLING, Reason.BALANCE_LIMIT_EXCEEDED, List.of("event CANCELLING", "CANCEL DEBIT",
                                "CANCEL CREDIT")),
                arguments(List.of(timer(9)), ACCEPTED, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), timer(10)), CANCELLING, Reason.TRY_TIMEOUT,
                        List.of("event CANCELLING", "CANCEL DEBIT", "CANCEL CREDIT")),
                arguments(List.of(timer(10), ok(CREDIT, Phase.TRY)), CANCELLING, Reason.TRY_TIMEOUT, List.of()),
                arguments(List.of(timer(10), ok(DEBIT, Phase.CANCEL), ok(CREDIT, Phase.CANCEL)), ABORTED,
                        Reason.TRY_TIMEOUT, List.of("event ABORTED")),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(DEBIT, Phase.TRY)), ACCEPTED, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM),
                        ok(CREDIT, Phase.CONFIRM), ok(CREDIT, Phase.CONFIRM)), COMMITTED, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY),
                        failed(DEBIT, Phase.CONFIRM, Reason.TRY_NOT_SUCCEEDED)), CONFIRMING, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(CREDIT, Phase.CANCEL)), CONFIRMING,
                        null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM), timer(1)),
                        CONFIRMING, null, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM), timer(2)),
                        CONFIRMING, null, List.of("CONFIRM CREDIT")),
                arguments(List.of(failed(CREDIT, Phase.TRY, Reason.ACCOUNT_NOT_FOUND), timer(2)), CANCELLING,
                        Reason.ACCOUNT_NOT_FOUND, List.of("CANCEL DEBIT", "CANCEL CREDIT")),
                arguments(List.of(failed(CREDIT, Phase.TRY, Reason.ACCOUNT_NOT_FOUND),
                        failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS)), CANCELLING, Reason.ACCOUNT_NOT_FOUND,
                        List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("scenarios")
    void step(List<Step> steps, TransferStatus status, Reason reason, List<String> lastMessages) {
        Transfer transfer = newTransfer();
        List<Message> messages = List.of();
        for (Step step : steps) {
            messages = step.action().apply(transfer, T0);
        }
        assertThat(transfer.status()).isEqualTo(status);
        assertThat(transfer.reason()).isEqualTo(reason);
        assertThat(messages.stream().map(TransferStateMachineTest::describe)).containsExactlyElementsOf(lastMessages);
    }

    static Stream<Arguments> operatorRetries() {
        return Stream.of(
                arguments(List.of(), ACCEPTED, List.of()),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY)), CONFIRMING,
                        List.of("CONFIRM DEBIT", "CONFIRM CREDIT")),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM)), CONFIRMING,
                        List.of("CONFIRM CREDIT")),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY),
                        failed(CREDIT, Phase.CONFIRM, Reason.TRY_NOT_SUCCEEDED)), CONFIRMING,
                        List.of("CONFIRM DEBIT", "CONFIRM CREDIT")),
                arguments(List.of(failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS)), CANCELLING,
                        List.of("CANCEL DEBIT", "CANCEL CREDIT")),
                arguments(List.of(timer(10)), CANCELLING, List.of("CANCEL DEBIT", "CANCEL CREDIT")),
                arguments(List.of(timer(10), ok(DEBIT, Phase.CANCEL), ok(CREDIT, Phase.TRY)), CANCELLING,
                        List.of("CANCEL CREDIT")),
                arguments(List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM),
                        ok(CREDIT, Phase.CONFIRM)), COMMITTED, List.of()),
                arguments(List.of(timer(10), ok(DEBIT, Phase.CANCEL), ok(CREDIT, Phase.CANCEL)), ABORTED, List.of()));
    }

    /** An empty {@code resent} means the retry is refused: nothing decided to re-send, or already finished. */
    @ParameterizedTest(name = "{0}: {1}, retry now re-sends {2}")
    @MethodSource("operatorRetries")
    void operatorRetryReSendsOnlyTheDecidedPhaseAndChangesNoDecision(List<Step> steps, TransferStatus status,
            List<String> resent) {
        Transfer transfer = newTransfer();
        steps.forEach(step -> step.action().apply(transfer, T0));
        Instant later = T0.plusSeconds(15);
        int attempts = transfer.attempts();
        var branchesBefore = describeBranches(transfer);

        if (resent.isEmpty()) {
            Instant dueBefore = transfer.dueAt();
            assertThatThrownBy(() -> transfer.retryNow(later, BACKOFF)).isInstanceOf(NotSettlingException.class)
                    .hasMessageContaining(status.name());
            assertThat(transfer.dueAt()).isEqualTo(dueBefore);
        } else {
            transfer.retryNow(later, BACKOFF);
            assertThat(transfer.dueAt()).isBeforeOrEqualTo(later);
            assertThat(transfer.onTimer(later, BACKOFF).stream().map(TransferStateMachineTest::describe))
                    .containsExactlyElementsOf(resent);
            assertThat(transfer.attempts()).isEqualTo(attempts + 1);
        }
        assertThat(transfer.status()).isEqualTo(status);
        assertThat(describeBranches(transfer)).isEqualTo(branchesBefore);
    }

    /** With the 2 s initial delay, a retry is refused until 2 s after the last copy, whenever that was. */
    @ParameterizedTest(name = "decided at T0, re-sent {0} times, retry {1} s after the last copy: allowed {2}")
    @CsvSource({"0, 1, false", "0, 2, true", "3, 0, false", "3, 1, false", "3, 2, true", "3, 30, true"})
    void aRetryNeverSendsSoonerThanTheBackoffsFirstDelayAfterTheLastCopy(int resends, int secondsAfter,
            boolean allowed) {
        Transfer transfer = newTransfer();
        ok(DEBIT, Phase.TRY).action().apply(transfer, T0);
        ok(CREDIT, Phase.TRY).action().apply(transfer, T0);
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

    @ParameterizedTest(name = "{0} then {1} re-sends: stuck after 3 attempts = {2}")
    @CsvSource({ "CONFIRMING, 0, false", "CONFIRMING, 1, false", "CONFIRMING, 2, true", "CONFIRMING, 5, true",
            "CANCELLING, 1, false", "CANCELLING, 2, true", "COMMITTED, 2, false", "ACCEPTED, 0, false" })
    void stuckOnceTheDecidedPhaseWasSentThatOften(TransferStatus reached, int resends, boolean stuck) {
        Transfer transfer = newTransfer();
        List<Step> steps = switch (reached) {
            case CONFIRMING, COMMITTED -> List.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY));
            case CANCELLING -> List.of(failed(DEBIT, Phase.TRY, Reason.INSUFFICIENT_FUNDS));
            default -> List.of();
        };
        steps.forEach(step -> step.action().apply(transfer, T0));
        for (int i = 0; i < resends; i++) {
            transfer.onTimer(transfer.dueAt(), BACKOFF);
        }
        if (reached == COMMITTED) {
            Stream.of(ok(DEBIT, Phase.CONFIRM), ok(CREDIT, Phase.CONFIRM)).forEach(s -> s.action().apply(transfer, T0));
        }
        assertThat(transfer.status()).isEqualTo(reached);
        assertThat(transfer.isStuck(3)).isEqualTo(stuck);
    }

    @Test
    void newTransferSendsItsStatusAndBothTries() {
        assertThat(newTransfer().openingMessages().stream().map(TransferStateMachineTest::describe))
                .containsExactly("event ACCEPTED", "TRY DEBIT", "TRY CREDIT");
    }

    @Test
    void commandsGoToTheBankOfTheirAccountKeyedByAccount() {
        List<Message> messages = newTransfer().openingMessages();
        assertThat(messages.get(1)).extracting(Message::topic, Message::key)
                .containsExactly("bank.bank-a.commands", "2");
        assertThat(messages.get(2)).extracting(Message::topic, Message::key)
                .containsExactly("bank.bank-b.commands", "1");
    }

    @Test
    void rejectedRequestSendsOnlyItsTerminalStatus() {
        Transfer rejected = Transfer.reject("t-1", "f", Reason.UNKNOWN_BANK, T0);
        assertThat(rejected.openingMessages().stream().map(TransferStateMachineTest::describe))
                .containsExactly("event REJECTED");
        assertThat(rejected.onReply(reply(DEBIT, Phase.TRY, Outcome.SUCCEEDED, null), T0, BACKOFF)).isEmpty();
        assertThat(rejected.onTimer(T0.plusSeconds(3600), BACKOFF)).isEmpty();
    }

    @Test
    void terminalStatusEventIsTheSameEveryTimeItIsAskedFor() {
        Transfer transfer = newTransfer();
        Stream.of(ok(DEBIT, Phase.TRY), ok(CREDIT, Phase.TRY), ok(DEBIT, Phase.CONFIRM), ok(CREDIT, Phase.CONFIRM))
                .forEach(step -> step.action().apply(transfer, T0.plusSeconds(1)));
        assertThat(transfer.statusEvent()).isEqualTo(transfer.statusEvent())
                .isEqualTo(new TransferEvent("t-42", COMMITTED, null, T0.plusSeconds(1)));
        assertThat(transfer.dueAt()).isNull();
    }

    @Test
    void resendsBackOffExponentiallyUpToTheCap() {
        Transfer transfer = newTransfer();
        transfer.onTimer(T0.plus(TRY_TIMEOUT), BACKOFF);
        Instant now = T0.plus(TRY_TIMEOUT);
        for (int attempt = 2; attempt <= 8; attempt++) {
            now = transfer.dueAt();
            assertThat(transfer.onTimer(now, BACKOFF)).hasSize(2);
            assertThat(transfer.attempts()).isEqualTo(attempt);
        }
        assertThat(Duration.between(now, transfer.dueAt())).isEqualTo(Duration.ofSeconds(60));
    }

    private static Transfer newTransfer() {
        var request = new TransferRequest("t-42", new AccountRef("bank-a", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal("30.00"));
        return Transfer.accept(request, RequestFingerprint.of(request), T0, TRY_TIMEOUT);
    }

    private static Step ok(Branch branch, Phase phase) {
        return new Step(phase + " " + branch + " ok",
                (t, now) -> t.onReply(reply(branch, phase, Outcome.SUCCEEDED, null), now, BACKOFF));
    }

    private static Step failed(Branch branch, Phase phase, Reason reason) {
        return new Step(phase + " " + branch + " " + reason,
                (t, now) -> t.onReply(reply(branch, phase, Outcome.FAILED, reason), now, BACKOFF));
    }

    /** The timer firing {@code seconds} after the transfer was created (every other step happens at T0). */
    private static Step timer(int seconds) {
        return new Step("timer at T0+" + seconds + "s", (t, now) -> t.onTimer(T0.plusSeconds(seconds), BACKOFF));
    }

    private static BranchReply reply(Branch branch, Phase phase, Outcome outcome, Reason reason) {
        return new BranchReply("t-42", branch, phase, branch == DEBIT ? "bank-a" : "bank-b",
                branch == DEBIT ? "2" : "1", new BigDecimal("30.00"), outcome, reason);
    }

    private static List<String> describeBranches(Transfer transfer) {
        return transfer.branches().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().tryState() + " "
                + e.getValue().settlement()).toList();
    }

    private static String describe(Message message) {
        if (message.payload() instanceof TransferEvent event) {
            return "event " + event.status();
        }
        BranchCommand command = (BranchCommand) message.payload();
        return command.phase() + " " + command.branch();
    }
}
