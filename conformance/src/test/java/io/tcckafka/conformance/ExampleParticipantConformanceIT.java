package io.tcckafka.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.tcckafka.example.WalletBank;

/** The hundred-line participant of docs/participants.md passes every case, and the report says so. */
class ExampleParticipantConformanceIT {

    @Test
    void theExampleParticipantPassesEveryCase() {
        var out = new ByteArrayOutputStream();
        boolean passed;
        try (var participant = new RunningParticipant(WalletBank.class);
                var run = new ConformanceRun(participant.target())) {
            passed = run.report(new PrintStream(out, true, StandardCharsets.UTF_8));
        }
        String report = out.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(report).contains("All " + ConformanceCases.all().size() + " cases passed.").doesNotContain("FAIL");
        assertThat(passed).isTrue();
    }
}
