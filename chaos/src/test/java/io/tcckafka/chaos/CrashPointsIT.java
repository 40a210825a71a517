package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.kafka.Failpoint;
import io.tcckafka.launcher.Cluster;

/**
 * A process killed at the worst moments, the ones no signal from outside can hit on purpose: a failpoint halts the
 * JVM there (no commit, no reply, no offset commit, no shutdown hook), the process is started again, and the
 * transfer must still end as it would have, with the books right. The Cancel path's variants, and the bank halted
 * after its Try (which {@code LateReplyIT} also covers), are long ones ({@code -Pchaos-long} or {@code -Plong}).
 */
class CrashPointsIT extends FaultScenario {

    @ParameterizedTest(name = "{0} halted at {1}, transfer {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # who         | where it halts                                        | expected
            # (a restart outlasts the Try deadline, so a crash before the decision may end either way)
            bank-b        | bank.after-commit~CONFIRM                             | COMMITTED
            orchestrator  | orchestrator.reply-before-commit~CONFIRM              | TERMINAL
            orchestrator  | relay.before-send~CONFIRM                             | COMMITTED
            """)
    void killedAtAFailpointAndRestarted(String instance, String failpoint, String expected) {
        haltRestartAndSettle(instance, failpoint, expected);
    }

    @Tag("long")
    @ParameterizedTest(name = "{0} halted at {1}, transfer {2}")
    @CsvSource(delimiter = '|', textBlock = """
            bank-b        | bank.after-commit                                     | TERMINAL
            bank-b        | bank.after-commit~CANCEL                              | ABORTED
            orchestrator  | orchestrator.reply-before-commit~CANCEL               | ABORTED
            orchestrator  | relay.before-send~CANCEL                              | ABORTED
            """)
    void killedAtAFailpointOnTheCancelPath(String instance, String failpoint, String expected) {
        haltRestartAndSettle(instance, failpoint, expected);
    }

    @ParameterizedTest(name = "relay halted after sending {0}s: they go out again and count once")
    @CsvSource({"CONFIRM, 40.00, COMMITTED"})
    void settlementSentTwiceCountsOnce(String phase, String amount, TransferStatus expected) {
        sentTwiceCountedOnce(phase, amount, expected);
    }

    @Tag("long")
    @ParameterizedTest(name = "relay halted after sending {0}s: they go out again and count once")
    @CsvSource({"CANCEL, 140.00, ABORTED"})
    void cancelsSentTwiceCountOnce(String phase, String amount, TransferStatus expected) {
        sentTwiceCountedOnce(phase, amount, expected);
    }

    private void haltRestartAndSettle(String instance, String failpoint, String expected) {
        List<AccountRef> accounts = openAccounts(1, "100.00");
        restartArmedWhenQuiet(instance, failpoint);

        TransferRequest transfer = send(accounts.get(0), accounts.get(1),
                expected.equals("ABORTED") ? "140.00" : "40.00");

        assertThat(cluster.awaitExit(instance, SETTLE_WITHIN)).as("exit status of " + instance)
                .isEqualTo(Failpoint.HALT_STATUS);
        cluster.start(instance);
        TransferStatus status = awaitTerminal(transfer).status();
        if (!expected.equals("TERMINAL")) {
            assertThat(status).isEqualTo(TransferStatus.valueOf(expected));
        }
        assertPromisesKept();
    }

    private void sentTwiceCountedOnce(String phase, String amount, TransferStatus expected) {
        List<AccountRef> accounts = openAccounts(1, "100.00");
        restartArmedWhenQuiet(Cluster.ORCHESTRATOR, "relay.after-send~" + phase);

        TransferRequest transfer = send(accounts.get(0), accounts.get(1), amount);
        cluster.awaitExit(Cluster.ORCHESTRATOR, SETTLE_WITHIN);
        cluster.start(Cluster.ORCHESTRATOR);

        assertThat(awaitTerminal(transfer).status()).isEqualTo(expected);
        await(phase + " sent twice to bank-b").atMost(SETTLE_WITHIN)
                .until(() -> ownRecords(Topics.bankCommands(Cluster.BANK_B)).stream()
                        .filter(r -> r.value().contains("\"phase\":\"" + phase + "\"")).count() >= 2);
        assertPromisesKept();
    }
}
