package io.tcckafka.bank;

import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.tcckafka.kafka.CommandTopicRetention;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * A secured KRaft broker (its command topics as {@link CommandRetention} says, if the class says), a fresh database
 * and HTTP users for one test class. Declare it before
 * {@code @SpringBootTest} (together with {@code @DirtiesContext}): it then starts before the application context and
 * stops after the context has closed.
 */
final class BrokerAndDatabase implements BeforeAllCallback, AfterAllCallback {

    private static TestBroker broker;
    private static TestDatabase database;
    private static TestUsers users;

    static TestBroker broker() {
        return broker;
    }

    static TestUsers users() {
        return users;
    }

    static String databaseUrl() {
        return database.jdbcUrl();
    }

    /** The bank as {@code bank}: its Kafka principal, its database, the HTTP users. */
    static void register(DynamicPropertyRegistry registry, String bank) {
        registry.add("tcc.bank.id", () -> bank);
        broker.as(bank).springProperties().forEach((name, value) -> registry.add(name, () -> value));
        users.springProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", BrokerAndDatabase::databaseUrl);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Deployment deployment = Deployment.of(TestBroker.BANKS).withPartitions(3);
        CommandRetention retention = context.getRequiredTestClass().getAnnotation(CommandRetention.class);
        if (retention != null) {
            deployment = deployment.withCommandRetention(new CommandTopicRetention(
                    Duration.ofMillis(retention.retentionMs()), Duration.ofMillis(retention.segmentMs())));
        }
        broker = TestBroker.start(deployment);
        database = TestDatabase.create("bank_it");
        users = TestUsers.create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
        broker.close();
    }
}
