package io.tcckafka.conformance;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * A secured broker, a fresh database and HTTP users, and a participant application on them as bank-a: what the kit
 * is run against in these tests.
 */
final class RunningParticipant implements AutoCloseable {

    static final String BANK = "bank-a";

    private final TestBroker broker = TestBroker.start();
    private final TestDatabase database = TestDatabase.create("conformance");
    private final TestUsers users = TestUsers.create();
    private final ConfigurableApplicationContext application;

    RunningParticipant(Class<?> applicationClass) {
        List<String> arguments = new ArrayList<>(List.of("--tcc.bank.id=" + BANK, "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl()));
        arguments.addAll(broker.springArguments(BANK));
        arguments.addAll(users.springArguments());
        application = new SpringApplicationBuilder(applicationClass).run(arguments.toArray(String[]::new));
    }

    /** As the kit's command takes it: the orchestrator's Kafka settings, an operator's for the dead letters. */
    ParticipantUnderTest target() {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        var admin = users.user(Roles.ADMIN);
        return new ParticipantUnderTest(BANK, broker.as(Principals.ORCHESTRATOR).clientConfig(),
                Optional.of(broker.as(Principals.OPERATOR).clientConfig()), URI.create("http://localhost:" + port),
                admin.name(), admin.password());
    }

    TestBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        application.close();
        database.close();
        broker.close();
    }
}
