package io.tcckafka.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netcrusher.core.reactor.NioReactor;

import io.tcckafka.kafka.Failpoint;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.broker.Ports;
import io.tcckafka.sandbox.StackAccess;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * The whole system as separate OS processes on this machine: the Kafka {@link Broker}, secured and provisioned as
 * deployed (SCRAM, ACLs), and the orchestrator and the banks from their executable jars ({@link ServiceInstance}),
 * each with its own Kafka principal, the HTTP users, and a fresh database per service on the MariaDB server. Every
 * application reaches the broker and its database through {@link Link}s of its own, so one path can fail while the
 * others work (unless the {@link Layout} is not proxied: a benchmark's direct paths). Test clients and the load
 * talk to the broker directly.
 */
public final class Cluster implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String ORCHESTRATOR = "orchestrator";
    public static final String BANK_A = "bank-a";
    public static final String BANK_B = "bank-b";

    private static final Duration START_WITHIN = Duration.ofMinutes(3);

    private final Path workDir;
    private final Jars jars;
    private final NioReactor reactor;
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private final Map<String, ServiceInstance> instances = new LinkedHashMap<>();
    private final Broker broker;
    private final Deployment deployment = Deployment.of(List.of(BANK_A, BANK_B));
    private final TestUsers users = TestUsers.create();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Cluster(Path projectDir, Path workDir, Layout layout) throws IOException {
        this.workDir = workDir;
        this.jars = new Jars(projectDir);
        String brokerJar = jars.broker();
        this.reactor = new NioReactor();
        for (String service : List.of(ORCHESTRATOR, BANK_A, BANK_B)) {
            databases.put(service, TestDatabase.create("chaos_" + service.replace('-', '_')));
        }
        Ports ports = new Ports();
        for (int i = 1; i <= layout.orchestrators(); i++) {
            add(instanceName(ORCHESTRATOR, i), ORCHESTRATOR, ports, layout);
        }
        for (int i = 1; i <= layout.bankAInstances(); i++) {
            add(instanceName(BANK_A, i), BANK_A, ports, layout);
        }
        add(BANK_B, BANK_B, ports, layout);
        List<String> listeners = new ArrayList<>();
        instances.values().forEach(instance -> listeners.add(instance.brokerListener(listeners.size() + 1)));
        this.broker = new Broker(workDir, brokerJar, ports, layout.security(), listeners);
    }

    /**
     * Starts the broker, then every application, and returns once each one reports healthy.
     *
     * @param projectDir the checkout, whose modules' target folders hold the jars ({@code ./mvnw package})
     * @param workDir    where the broker keeps its data and every process its log
     */
    public static Cluster start(Path projectDir, Path workDir, Layout layout) {
        Cluster cluster;
        try {
            cluster = new Cluster(projectDir, workDir, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            cluster.startKafka();
            cluster.instances.keySet().forEach(instance -> cluster.launch(instance, null));
            cluster.instances.keySet().forEach(cluster::awaitHealthy);
            return cluster;
        } catch (RuntimeException | Error e) {
            // an Error too (a class missing from a jar): else the broker's process outlives this one, which never ends
            cluster.close();
            throw e;
        }
    }

    public static String instanceName(String service, int number) {
        return number == 1 ? service : service + "-" + number;
    }

    public List<String> instances() {
        return List.copyOf(instances.keySet());
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** How test clients reach the cluster (the broker directly) and its services' HTTP APIs. */
    public StackAccess access() {
        return broker.security().authenticates() ? StackAccess.secure(broker.access(), users.file())
                : StackAccess.insecure(broker.access());
    }

    public String baseUrl(String instance) {
        return "http://localhost:" + instance(instance).httpPort();
    }

    public Path workDir() {
        return workDir;
    }

    /** The JDBC URL of a service's database on the MariaDB server, straight, not through the service's link. */
    public String databaseUrl(String service) {
        TestDatabase database = databases.get(service);
        if (database == null) {
            throw new IllegalArgumentException("no database for " + service + " in " + databases.keySet());
        }
        return database.jdbcUrl();
    }

    // --- processes ---

    /** Starts the broker; the first time, provisions it too (it keeps its users and ACLs across restarts). */
    public void startKafka() {
        broker.start(deployment, START_WITHIN);
    }

    public void killKafka() {
        broker.process().kill();
    }

    /** Starts a stopped instance and waits until it is healthy. */
    public void start(String instance) {
        launch(instance, null);
        awaitHealthy(instance);
    }

    /**
     * Kills the instance and starts it again with a {@link Failpoint} armed, and waits until it is healthy; it will
     * halt (or stall) when it reaches that place.
     */
    public void restartArmed(String instance, String failpoint) {
        kill(instance);
        launch(instance, failpoint);
        awaitHealthy(instance);
    }

    public void kill(String instance) {
        instance(instance).process().kill();
    }

    public void restart(String instance) {
        kill(instance);
        start(instance);
    }

    public void pause(String instance) {
        process(instance).pause();
    }

    public void resume(String instance) {
        process(instance).resume();
    }

    public boolean isAlive(String instance) {
        return process(instance).isAlive();
    }

    /** The process id of an instance, or of the broker ({@link #KAFKA}); 0 when it is not running. */
    public long pid(String instance) {
        return process(instance).pid();
    }

    /** Waits for an instance to end by itself (a failpoint) and returns its exit status. */
    public int awaitExit(String instance, Duration within) {
        return instance(instance).process().awaitExit(within);
    }

    /** Whether the instance has written this text since it was last started. */
    public boolean hasLogged(String instance, String text) {
        return process(instance).logSinceStart().contains(text);
    }

    // --- network ---

    public Link kafkaLink(String instance) {
        return instance(instance).kafkaLink();
    }

    public Link databaseLink(String instance) {
        return instance(instance).databaseLink();
    }

    /**
     * The HTTP status of the instance's health endpoint: 200 when it, its database and the broker are up, 503 when
     * one is not, -1 when it does not answer.
     */
    public int health(String instance) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl(instance) + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop(false);
    }

    /**
     * Stops every process and proxy.
     *
     * @param keepDatabases leaves the services' databases on the server, for a look at what went wrong
     * @return the names of the services' databases
     */
    public List<String> stop(boolean keepDatabases) {
        instances.values().forEach(instance -> instance.process().kill());
        broker.process().kill();
        instances.values().forEach(ServiceInstance::closeLinks);
        reactor.close();
        if (!keepDatabases) {
            databases.values().forEach(TestDatabase::close);
        }
        return databases.values().stream().map(TestDatabase::name).toList();
    }

    private void add(String instance, String service, Ports ports, Layout layout) {
        instances.put(instance, new ServiceInstance(instance, service, workDir, reactor, ports, layout));
    }

    private void launch(String instance, String failpoint) {
        ServiceInstance app = instance(instance);
        app.launch(jars, access(), databases.get(app.service()), failpoint);
    }

    private void awaitHealthy(String instance) {
        ServiceProcess process = process(instance);
        await(instance + " healthy").atMost(START_WITHIN).pollInterval(Duration.ofMillis(500))
                .failFast(instance + " exited, see " + process.log(), () -> !process.isAlive())
                .until(() -> health(instance) == 200);
    }

    private ServiceProcess process(String instance) {
        return instance.equals(KAFKA) ? broker.process() : instance(instance).process();
    }

    private ServiceInstance instance(String instance) {
        ServiceInstance found = instances.get(instance);
        if (found == null) {
            throw new IllegalArgumentException("no instance " + instance + " in " + instances.keySet());
        }
        return found;
    }
}
