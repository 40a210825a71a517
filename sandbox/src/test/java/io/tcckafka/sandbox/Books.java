package io.tcckafka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * The opening balances of the accounts a test uses, and the invariants that must hold once every transfer is
 * terminal: each balance is what the committed transfers imply, the total is unchanged, nothing is negative,
 * nothing is left frozen or incoming, and no transfer has two different terminal events.
 */
final class Books {

    private final StackClient client;
    private final Map<AccountRef, BigDecimal> opening = new LinkedHashMap<>();

    Books(StackClient client) {
        this.client = client;
    }

    AccountRef open(String bank, String account, String balance) {
        client.openAccount(bank, account, balance);
        AccountRef ref = new AccountRef(bank, account);
        opening.put(ref, new BigDecimal(balance));
        return ref;
    }

    List<AccountRef> accounts() {
        return List.copyOf(opening.keySet());
    }

    void assertBalanced(Collection<TransferRequest> requests) {
        Map<AccountRef, BigDecimal> expected = new HashMap<>(opening);
        for (TransferRequest request : requests) {
            TransferOutcome outcome = client.outcome(request.transferId());
            assertThat(outcome.status()).as(request.transferId()).matches(TransferStatus::isTerminal);
            if (outcome.status() == TransferStatus.COMMITTED) {
                expected.merge(request.from(), request.amount().negate(), BigDecimal::add);
                expected.merge(request.to(), request.amount(), BigDecimal::add);
            }
        }
        var softly = new SoftAssertions();
        BigDecimal total = BigDecimal.ZERO;
        for (AccountRef ref : opening.keySet()) {
            AccountBalance actual = client.account(ref.bank(), ref.account());
            softly.assertThat(actual.balance()).as("balance of %s", ref).isEqualByComparingTo(expected.get(ref));
            softly.assertThat(actual.balance()).as("balance of %s", ref).isNotNegative();
            softly.assertThat(actual.frozen()).as("frozen of %s", ref).isZero();
            softly.assertThat(actual.incoming()).as("incoming of %s", ref).isZero();
            total = total.add(actual.balance());
        }
        softly.assertThat(total).as("total").isEqualByComparingTo(
                opening.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        softly.assertAll();
    }

    /**
     * Per transfer on transfer.events: at most one terminal status (repeats identical), and never both a Confirm
     * and a Cancel decision.
     */
    static void assertOneOutcomeEach(List<String> eventValues) {
        Map<String, List<TransferEvent>> byTransfer = eventValues.stream()
                .map(json -> EventJson.read(json, TransferEvent.class))
                .distinct()
                .collect(Collectors.groupingBy(TransferEvent::transferId));
        var softly = new SoftAssertions();
        byTransfer.forEach((id, events) -> {
            List<TransferStatus> statuses = events.stream().map(TransferEvent::status).toList();
            softly.assertThat(events.stream().filter(e -> e.status().isTerminal()))
                    .as("distinct terminal events of %s", id).hasSizeLessThanOrEqualTo(1);
            softly.assertThat(statuses.containsAll(List.of(TransferStatus.CONFIRMING, TransferStatus.CANCELLING)))
                    .as("%s decided both Confirm and Cancel", id).isFalse();
        });
        softly.assertAll();
    }
}
