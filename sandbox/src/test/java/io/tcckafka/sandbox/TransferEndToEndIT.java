package io.tcckafka.sandbox;

import org.junit.jupiter.api.BeforeAll;

/** The end-to-end scenarios on a KRaft broker in this JVM and the machine's MariaDB server. */
class TransferEndToEndIT extends TransferEndToEndScenarios {

    @BeforeAll
    static void start() {
        startStack();
    }
}
