package io.tcckafka.bank;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;

/**
 * A KRaft broker and a fresh database for one test class. Declare it before {@code @SpringBootTest} (together with
 * {@code @DirtiesContext}): it then starts before the application context and stops after the context has closed.
 */
final class BrokerAndDatabase implements BeforeAllCallback, AfterAllCallback {

    private static TestBroker broker;
    private static TestDatabase database;

    static String bootstrapServers() {
        return broker.bootstrapServers();
    }

    static String databaseUrl() {
        return database.jdbcUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = TestBroker.start();
        database = TestDatabase.create("bank_it");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
        broker.close();
    }
}
