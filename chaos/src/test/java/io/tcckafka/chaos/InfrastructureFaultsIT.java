package io.tcckafka.chaos;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.DatabaseServer;

/** The broker and the database failing under the applications while transfers are in flight. */
class InfrastructureFaultsIT extends FaultScenario {

    @Test
    void brokerKilledAndRestartedWithTransfersInFlight() {
        List<AccountRef> accounts = loadInFlight(3, 60, 11);

        cluster.killKafka();
        cluster.startKafka();

        sendRandom(20, accounts, 12);
        assertPromisesKept();
    }

    @Test
    void mariaDbServerRestartedDuringLoad() {
        String whyNot = DatabaseServer.whyNotRestartable();
        assumeTrue(whyNot == null, () -> "skipped: " + whyNot);
        List<AccountRef> accounts = loadInFlight(3, 60, 81);

        DatabaseServer.restart();

        sendRandom(10, accounts, 82);
        assertPromisesKept();
    }

    @Test
    void databaseConnectionsCutAgainAndAgainDuringLoad() {
        List<AccountRef> accounts = openAccounts(3, "300.00");
        sendRandom(60, accounts, 21);
        for (int round = 0; round < 3; round++) {
            eventsSeen(10 + 20 * round);
            cluster.instances().forEach(instance -> cluster.databaseLink(instance).cut());
        }
        assertPromisesKept();
    }

    @Test
    void databaseUnreachableForAWhileDuringLoad() {
        List<AccountRef> accounts = loadInFlight(3, 60, 31);

        cluster.instances().forEach(instance -> cluster.databaseLink(instance).down());
        sendRandom(10, accounts, 32);
        await("every instance notices").atMost(SETTLE_WITHIN).ignoreExceptions().until(() -> cluster.instances()
                .stream().allMatch(instance -> cluster.health(instance) == 503));
        cluster.instances().forEach(instance -> cluster.databaseLink(instance).heal());

        assertPromisesKept();
    }

    @Test
    void brokerUnreachableFromOneBankWhileTheOthersWork() {
        List<AccountRef> accounts = openAccounts(3, "300.00");
        cluster.kafkaLink(Cluster.BANK_B).freeze();
        sendRandom(40, accounts, 41);
        awaitEventContaining("TRY_TIMEOUT");
        cluster.kafkaLink(Cluster.BANK_B).heal();

        assertPromisesKept();
    }
}
