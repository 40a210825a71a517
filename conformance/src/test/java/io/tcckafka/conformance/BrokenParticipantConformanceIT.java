package io.tcckafka.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tcckafka.conformance.ConformanceRun.Result;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestBroker;

/** The kit catches what it claims: a participant with no barrier fails the cases that need one. */
class BrokenParticipantConformanceIT {

    @Test
    void aParticipantWithoutABarrierFailsTheCasesThatNeedOne() throws Exception {
        List<Result> results;
        try (TestBroker broker = TestBroker.start();
                var naive = new NaiveParticipant(RunningParticipant.BANK, broker.as(RunningParticipant.BANK)
                        .clientConfig());
                var run = new ConformanceRun(new ParticipantUnderTest(RunningParticipant.BANK,
                        broker.as(Principals.ORCHESTRATOR).clientConfig(),
                        Optional.of(broker.as(Principals.OPERATOR).clientConfig()),
                        URI.create("http://localhost:" + naive.port()), null, null))) {
            results = run.runAll(result -> System.out.println(result.line()));
        }

        assertThat(results).filteredOn(result -> !result.passed()).extracting(result -> result.testCase().name())
                .contains("duplicates", "cancel-before-try", "confirm-without-try", "confirm-and-cancel-racing",
                        "amount-differs-from-try", "hostile-records", "journal");
        assertThat(results).filteredOn(result -> result.testCase().name().equals("duplicates"))
                .singleElement().extracting(Result::failure).asString().contains("expected");
        assertThat(results).filteredOn(result -> result.testCase().name().equals("debit-try-confirm"))
                .singleElement().extracting(Result::passed).isEqualTo(true);
    }
}
