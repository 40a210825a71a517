package io.tcckafka.conformance;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * The kit as JUnit tests, one per case, for a participant's own build:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; conformance() {
 *     return ConformanceTests.against(new ParticipantUnderTest("bank-x", orchestratorKafkaSettings,
 *             Optional.of(operatorKafkaSettings), URI.create("http://localhost:8081"), "admin", adminPassword));
 * }
 * </pre>
 *
 * The connections close once the last case ran.
 */
public final class ConformanceTests {

    private ConformanceTests() {
    }

    public static Stream<DynamicTest> against(ParticipantUnderTest target) {
        ConformanceRun run = new ConformanceRun(target);
        return ConformanceCases.all().stream()
                .map(testCase -> DynamicTest.dynamicTest(testCase.name() + ": " + testCase.shows(), () -> {
                    ConformanceRun.Result result = run.run(testCase);
                    if (!result.passed()) {
                        throw new AssertionError(result.failure());
                    }
                }))
                .onClose(run::close);
    }
}
