package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.sandbox.TransferOutcome;

/** The Try lands at the bank, but its reply comes too late or not at all: the deadline cancels it cleanly. */
class LateReplyIT extends FaultScenario {

    // long: the Try timeout with the bank's reply lost (below) runs in every build
    @Tag("long")
    @Test
    void replyLateBeyondTheTryDeadline() {
        List<AccountRef> accounts = openAccounts(1, "100.00");
        restartArmedWhenQuiet(Cluster.BANK_B, "bank.after-commit~TRY:stall=8s");

        TransferRequest transfer = send(accounts.get(0), accounts.get(1), "30.00");

        TransferOutcome outcome = awaitTerminal(transfer);
        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.TRY_TIMEOUT);
        assertPromisesKept();
        cluster.restart(Cluster.BANK_B);
    }

    @Test
    void replyLostWithTheBankThatAppliedTheTry() {
        List<AccountRef> accounts = openAccounts(1, "100.00");
        restartArmedWhenQuiet(Cluster.BANK_B, "bank.after-commit~TRY");

        TransferRequest transfer = send(accounts.get(0), accounts.get(1), "30.00");
        cluster.awaitExit(Cluster.BANK_B, SETTLE_WITHIN);
        awaitEventContaining("TRY_TIMEOUT");
        cluster.start(Cluster.BANK_B);

        assertThat(awaitTerminal(transfer)).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.TRY_TIMEOUT);
        assertPromisesKept();
    }
}
