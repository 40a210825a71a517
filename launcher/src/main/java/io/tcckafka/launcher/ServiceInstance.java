package io.tcckafka.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netcrusher.core.reactor.NioReactor;

import io.tcckafka.kafka.Failpoint;
import io.tcckafka.provisioning.broker.Ports;
import io.tcckafka.sandbox.StackAccess;
import io.tcckafka.testing.TestDatabase;

/**
 * One instance of a service (the orchestrator or a bank) as a process of its executable jar: its HTTP port and its
 * two network paths, to the broker's listener for it and to the MariaDB server, each through a {@link Link} of its
 * own unless the layout is not proxied (then the links stand idle and it connects directly).
 */
final class ServiceInstance {

    private final String service;
    private final ServiceProcess process;
    private final int httpPort;
    private final int listenerPort;
    private final Link kafkaLink;
    private final Link databaseLink;
    private final int kafkaPort;
    private final int databasePort;
    private final Layout layout;

    ServiceInstance(String instance, String service, Path workDir, NioReactor reactor, Ports ports, Layout layout) {
        this.service = service;
        this.process = new ServiceProcess(instance, workDir.resolve("logs/" + instance + ".log"));
        this.listenerPort = ports.next();
        this.kafkaLink = new Link(reactor, instance + " → kafka", ports.next(), listenerPort);
        this.databaseLink = new Link(reactor, instance + " → database", ports.next(), DatabaseServer.ADDRESS.getPort());
        this.httpPort = ports.next();
        this.kafkaPort = layout.proxied() ? kafkaLink.port() : listenerPort;
        this.databasePort = layout.proxied() ? databaseLink.port() : DatabaseServer.ADDRESS.getPort();
        this.layout = layout;
    }

    /** The broker's listener for this instance: it listens on its own port and sends the instance to its link. */
    String brokerListener(int number) {
        return Broker.listener(number, listenerPort, kafkaPort);
    }

    /** Starts the process as the service's principal, on its database; with a {@link Failpoint} armed unless null. */
    void launch(Jars jars, StackAccess access, TestDatabase database, String failpoint) {
        List<String> jvm = new ArrayList<>(layout.jvmOptions());
        if (failpoint != null) {
            jvm.add("-D" + Failpoint.PROPERTY + "=" + failpoint);
        }
        Map<String, String> properties = new LinkedHashMap<>(
                access.kafka().as(service).via("localhost:" + kafkaPort).springProperties());
        properties.put("spring.datasource.url", "jdbc:" + DatabaseServer.ADDRESS.getScheme() + "://localhost:"
                + databasePort + "/" + database.name() + "?socketTimeout=30000");
        properties.put("spring.datasource.username", TestDatabase.USER);
        properties.put("spring.datasource.password", TestDatabase.PASSWORD);
        ServiceLaunch launch = ServiceLaunch.of(properties);
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + httpPort));
        arguments.addAll(launch.arguments());
        arguments.addAll(access.serviceArguments());
        if (!service.equals(Cluster.ORCHESTRATOR)) {
            arguments.add("--tcc.bank.id=" + service);
        }
        arguments.addAll(layout.appArguments());
        process.start(Jars.java(jvm, jars.of(service), arguments), launch.environment());
    }

    String service() {
        return service;
    }

    ServiceProcess process() {
        return process;
    }

    int httpPort() {
        return httpPort;
    }

    Link kafkaLink() {
        return kafkaLink;
    }

    Link databaseLink() {
        return databaseLink;
    }

    void closeLinks() {
        kafkaLink.close();
        databaseLink.close();
    }
}
