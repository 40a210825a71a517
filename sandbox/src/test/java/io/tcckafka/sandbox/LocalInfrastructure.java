package io.tcckafka.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * A secured KRaft broker in this JVM, a fresh database per service on the machine's MariaDB server, and HTTP users:
 * the stack as deployed, every service and user with its own credentials.
 */
final class LocalInfrastructure implements Infrastructure {

    private final TestBroker broker;
    private final TestUsers users = TestUsers.create();
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

    LocalInfrastructure(List<String> services) {
        this(services, false);
    }

    /** @param tls SCRAM over TLS, as deployed, rather than over plain loopback connections */
    LocalInfrastructure(List<String> services, boolean tls) {
        broker = tls ? TestBroker.startWithTls() : TestBroker.start();
        services.forEach(service -> databases.put(service, TestDatabase.create("e2e_" + service)));
    }

    @Override
    public StackAccess access() {
        return StackAccess.secure(broker.access(), users.file());
    }

    @Override
    public List<String> databaseArguments(String service) {
        return databases.get(service).springArguments();
    }

    @Override
    public void close() {
        databases.values().forEach(TestDatabase::close);
        broker.close();
    }
}
