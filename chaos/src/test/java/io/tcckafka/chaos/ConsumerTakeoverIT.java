package io.tcckafka.chaos;

import static org.awaitility.Awaitility.await;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.launcher.Cluster;

/**
 * One of bank-a's two instances stops working without dying: the other takes its partitions over and finishes the
 * work; when the first one comes back, whatever it was holding is a duplicate and changes nothing.
 */
class ConsumerTakeoverIT extends FaultScenario {

    private static final String SECOND_BANK_A = Cluster.instanceName(Cluster.BANK_A, 2);

    @Test
    void frozenPastTheSessionTimeoutThenThawed() {
        List<AccountRef> accounts = openAccounts(4, "300.00");
        cluster.pause(Cluster.BANK_A);
        try {
            sendRandom(40, accounts, 51);
            awaitAllTerminal();
        } finally {
            cluster.resume(Cluster.BANK_A);
        }
        sendRandom(10, accounts, 52);
        assertPromisesKept();
    }

    @Tag("long")
    @Test
    void stalledPastMaxPollIntervalThenGoesOn() {
        // enough accounts that some land on the armed instance's partitions (each bank-a instance runs one consumer,
        // so it holds a contiguous half of them)
        List<AccountRef> accounts = openAccounts(12, "300.00");
        restartArmedWhenQuiet(Cluster.BANK_A, "bank.before-apply:stall=25s");

        sendRandom(40, accounts, 61);
        awaitAllTerminal();
        await("the stalled listener goes on").atMost(SETTLE_WITHIN)
                .until(() -> cluster.hasLogged(Cluster.BANK_A, "stalled PT25S: going on"));

        sendRandom(10, accounts, 62);
        assertPromisesKept();
    }

    @Test
    void theOtherInstanceKilledMidLoad() {
        List<AccountRef> accounts = loadInFlight(4, 40, 71);
        cluster.kill(SECOND_BANK_A);

        sendRandom(10, accounts, 72);
        awaitAllTerminal();
        cluster.start(SECOND_BANK_A);
        assertPromisesKept();
    }
}
