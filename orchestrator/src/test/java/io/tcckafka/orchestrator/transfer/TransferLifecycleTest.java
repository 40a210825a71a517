package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.TransferStatus;

class TransferLifecycleTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "ACCEPTED,   CONFIRMING, true",
            "ACCEPTED,   CANCELLING, true",
            "ACCEPTED,   COMMITTED,  false",
            "ACCEPTED,   ABORTED,    false",
            "CONFIRMING, COMMITTED,  true",
            "CONFIRMING, CANCELLING, false",
            "CONFIRMING, ABORTED,    false",
            "CANCELLING, ABORTED,    true",
            "CANCELLING, CONFIRMING, false",
            "CANCELLING, COMMITTED,  false",
            "COMMITTED,  ABORTED,    false",
            "ABORTED,    COMMITTED,  false",
            "REJECTED,   ACCEPTED,   false",
            "REJECTED,   CANCELLING, false",
    })
    void transitions(TransferStatus from, TransferStatus to, boolean allowed) {
        assertThat(TransferLifecycle.allows(from, to)).isEqualTo(allowed);
    }
}
