package io.tcckafka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferRequest;

/** The {@link Promises}'s promises as assertions. */
final class Books {

    private final Promises ledger;

    Books(StackClient client) {
        this.ledger = new Promises(client);
    }

    AccountRef open(String bank, String account, String balance) {
        return ledger.open(bank, account, balance);
    }

    List<AccountRef> accounts() {
        return ledger.accounts();
    }

    void assertBalanced(Collection<TransferRequest> requests) {
        assertThat(ledger.brokenPromises(requests)).as("broken promises").isEmpty();
    }

    static void assertOneOutcomeEach(List<String> eventValues) {
        assertThat(Promises.brokenEventPromises(eventValues)).as("broken promises on transfer.events").isEmpty();
    }
}
