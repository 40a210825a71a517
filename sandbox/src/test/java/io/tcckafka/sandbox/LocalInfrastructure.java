package io.tcckafka.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;

/** A KRaft broker in this JVM and a fresh database per service on the machine's MariaDB server. */
final class LocalInfrastructure implements Infrastructure {

    private final TestBroker broker = TestBroker.start();
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

    LocalInfrastructure(List<String> services) {
        services.forEach(service -> databases.put(service, TestDatabase.create("e2e_" + service)));
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
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
