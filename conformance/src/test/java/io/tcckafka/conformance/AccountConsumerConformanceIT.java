package io.tcckafka.conformance;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.tcckafka.bank.AccountConsumerApplication;

/** This project's bank passes every case, through the kit's JUnit entry point. */
class AccountConsumerConformanceIT {

    private static RunningParticipant participant;

    @BeforeAll
    static void start() {
        participant = new RunningParticipant(AccountConsumerApplication.class);
    }

    @AfterAll
    static void stop() {
        participant.close();
    }

    @TestFactory
    Stream<DynamicTest> conformance() {
        return ConformanceTests.against(participant.target());
    }
}
