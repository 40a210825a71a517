package io.tcckafka.chaos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.netcrusher.core.reactor.NioReactor;

import io.tcckafka.kafka.Failpoint;
import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.provisioning.broker.Certificates;
import io.tcckafka.sandbox.KafkaMain;
import io.tcckafka.sandbox.StackAccess;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TestUsers;

/**
 * The whole system as separate OS processes on this machine: a Kafka broker started from the sandbox jar, secured
 * and provisioned as deployed (SCRAM, ACLs), the orchestrator and the banks from their executable jars, each with its
 * own Kafka principal, HTTP users, a fresh database per service on the MariaDB server.
 * Every application reaches the broker and its database through {@link Link}s of its own, so one path can fail
 * while the others work (unless the layout is not {@code proxied}: a benchmark's direct paths). Test clients talk to
 * the broker directly.
 */
public final class Cluster implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String ORCHESTRATOR = "orchestrator";
    public static final String BANK_A = "bank-a";
    public static final String BANK_B = "bank-b";

    private static final Duration START_WITHIN = Duration.ofMinutes(3);
    /** JVM options for the applications of a test: small and quick to start rather than fast. */
    public static final List<String> TEST_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * What a run needs of the layout: how many instances of the orchestrator and of bank-a, their settings, the
     * options of their JVMs, whether their paths to the broker and the database go through the links, and the
     * security of the broker's listeners: SCRAM (as tests run), SCRAM over TLS (as deployed), or none (the
     * benchmark's {@code --insecure}, to measure what security costs).
     */
    public record Layout(int orchestrators, int bankAInstances, List<String> appArguments, List<String> jvmOptions,
            boolean proxied, Protocol security) {

        public Layout(int orchestrators, int bankAInstances, List<String> appArguments) {
            this(orchestrators, bankAInstances, appArguments, TEST_JVM, true, Protocol.SASL_PLAINTEXT);
        }

        /** Settings that make deadlines, retries and consumer failover fast enough to watch in a test. */
        public static final List<String> QUICK = List.of(
                "--tcc.orchestrator.try-timeout=4s",
                "--tcc.orchestrator.retry-initial=1s",
                "--tcc.orchestrator.retry-max=15s",
                "--tcc.orchestrator.timer-interval=200ms",
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1500",
                "--spring.kafka.consumer.properties.max.poll.interval.ms=15000",
                "--spring.kafka.consumer.max-poll-records=50",
                "--spring.datasource.hikari.connection-timeout=5000",
                "--logging.level.org.apache.kafka=WARN");
    }

    /**
     * One application instance: its process, its HTTP port and its two network paths, through which it reaches the
     * broker and the database at {@code kafkaPort} and {@code databasePort} (the links' ports, unless not proxied).
     */
    private record App(String service, ServiceProcess process, int httpPort, Link kafkaLink, Link databaseLink,
            int kafkaPort, int databasePort, List<String> arguments, List<String> jvmOptions) {
    }

    private final Path projectDir;
    private final Path workDir;
    private final NioReactor reactor;
    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();
    private final Map<String, App> apps = new LinkedHashMap<>();
    private final ServiceProcess kafka;
    private final List<String> kafkaCommand;
    private final String adminPassword = ClusterAccess.newPassword();
    private final String keystorePassword = ClusterAccess.newPassword();
    private final Protocol security;
    private final Deployment deployment = Deployment.of(List.of(BANK_A, BANK_B));
    private final TestUsers users = TestUsers.create();
    private ClusterAccess access;
    private final Ports ports = new Ports();
    private final int kafkaPort = ports.next();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Cluster(Path projectDir, Path workDir, Layout layout) throws IOException {
        this.projectDir = projectDir;
        this.workDir = workDir;
        this.reactor = new NioReactor();
        this.kafka = new ServiceProcess(KAFKA, workDir.resolve("logs/kafka.log"));
        this.security = layout.security();
        for (String service : List.of(ORCHESTRATOR, BANK_A, BANK_B)) {
            databases.put(service, TestDatabase.create("chaos_" + service.replace('-', '_')));
        }
        List<String> broker = new ArrayList<>(List.of("--port=" + kafkaPort,
                "--controller-port=" + ports.next(), "--data-dir=" + workDir.resolve("kafka-data")));
        switch (security) {
            case PLAINTEXT -> broker.add("--insecure");
            case SASL_SSL -> broker.add("--tls-dir=" + tlsDir());
            case SASL_PLAINTEXT -> { }
        }
        for (int i = 1; i <= layout.orchestrators(); i++) {
            broker.add(addApp(instanceName(ORCHESTRATOR, i), ORCHESTRATOR, layout));
        }
        for (int i = 1; i <= layout.bankAInstances(); i++) {
            broker.add(addApp(instanceName(BANK_A, i), BANK_A, layout));
        }
        broker.add(addApp(BANK_B, BANK_B, layout));
        this.kafkaCommand = java(List.of("-Xmx512m"), jar("sandbox/target", "tcc-sandbox-exec.jar"),
                Stream.concat(Stream.of(KAFKA), broker.stream()).toList());
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
            cluster.apps.keySet().forEach(instance -> cluster.launch(instance, null));
            cluster.apps.keySet().forEach(cluster::awaitHealthy);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public static String instanceName(String service, int number) {
        return number == 1 ? service : service + "-" + number;
    }

    public List<String> instances() {
        return List.copyOf(apps.keySet());
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** How test clients reach the cluster (the broker directly) and its services' HTTP APIs. */
    public StackAccess access() {
        return security.authenticates() ? StackAccess.secure(access, users.file()) : StackAccess.insecure(access);
    }

    public String baseUrl(String instance) {
        return "http://localhost:" + app(instance).httpPort();
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
        kafka.start(kafkaCommand, Map.of(KafkaMain.ADMIN_PASSWORD, adminPassword, KafkaMain.KEYSTORE_PASSWORD,
                keystorePassword));
        KafkaAccess admin = security.authenticates() ? new KafkaAccess(bootstrapServers(), security,
                Principals.ADMIN, adminPassword, security == Protocol.SASL_SSL
                        ? tlsDir().resolve(Certificates.CA_CERTIFICATE) : null)
                : KafkaAccess.insecure(bootstrapServers());
        try (Admin client = Admin.create(admin.clientConfig())) {
            await().atMost(START_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast("kafka exited, see " + kafka.log(), () -> !kafka.isAlive())
                    .until(() -> client.describeCluster().nodes().get().size() == 1);
        }
        if (access == null) {
            access = ClusterAccess.provision(admin, deployment, ClusterAccess.newPasswords(deployment));
        }
    }

    public void killKafka() {
        kafka.kill();
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
        app(instance).process().kill();
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

    /** Waits for an instance to end by itself (a failpoint) and returns its exit status. */
    public int awaitExit(String instance, Duration within) {
        return app(instance).process().awaitExit(within);
    }

    /** Whether the instance has written this text since it was last started. */
    public boolean hasLogged(String instance, String text) {
        return process(instance).logSinceStart().contains(text);
    }

    // --- network ---

    public Link kafkaLink(String instance) {
        return app(instance).kafkaLink();
    }

    public Link databaseLink(String instance) {
        return app(instance).databaseLink();
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
        apps.values().forEach(app -> app.process().kill());
        kafka.kill();
        apps.values().forEach(app -> {
            app.kafkaLink().close();
            app.databaseLink().close();
        });
        reactor.close();
        if (!keepDatabases) {
            databases.values().forEach(TestDatabase::close);
        }
        return databases.values().stream().map(TestDatabase::name).toList();
    }

    private Path tlsDir() {
        return workDir.toAbsolutePath().resolve("kafka-tls");
    }

    private String addApp(String instance, String service, Layout layout) {
        int listenerPort = ports.next();
        int serverPort = URI.create(TestDatabase.SERVER_URL.substring("jdbc:".length())).getPort();
        Link kafkaLink = new Link(reactor, instance + " → kafka", ports.next(), listenerPort);
        Link databaseLink = new Link(reactor, instance + " → database", ports.next(), serverPort);
        boolean proxied = layout.proxied();
        App app = new App(service, new ServiceProcess(instance, workDir.resolve("logs/" + instance + ".log")),
                ports.next(), kafkaLink, databaseLink, proxied ? kafkaLink.port() : listenerPort,
                proxied ? databaseLink.port() : serverPort, layout.appArguments(), layout.jvmOptions());
        apps.put(instance, app);
        String listener = "APP" + apps.size();
        return "--listener=" + listener + ":" + listenerPort + ":" + app.kafkaPort();
    }

    private void launch(String instance, String failpoint) {
        App app = app(instance);
        List<String> jvm = new ArrayList<>(app.jvmOptions());
        if (failpoint != null) {
            jvm.add("-D" + Failpoint.PROPERTY + "=" + failpoint);
        }
        TestDatabase database = databases.get(app.service());
        URI server = URI.create(TestDatabase.SERVER_URL.substring("jdbc:".length()));
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + app.httpPort()));
        arguments.addAll(access.as(app.service()).via("localhost:" + app.kafkaPort()).springArguments());
        arguments.addAll(access().serviceArguments());
        arguments.addAll(List.of(
                "--spring.datasource.url=jdbc:" + server.getScheme() + "://localhost:" + app.databasePort()
                        + "/" + database.name() + "?socketTimeout=30000",
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD));
        String jar;
        if (app.service().equals(ORCHESTRATOR)) {
            jar = jar("orchestrator/target", "orchestrator-*-exec.jar");
        } else {
            jar = jar("account-consumer/target", "account-consumer-*-exec.jar");
            arguments.add("--tcc.bank.id=" + app.service());
        }
        arguments.addAll(app.arguments());
        app.process().start(java(jvm, jar, arguments));
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

    private void awaitHealthy(String instance) {
        ServiceProcess process = process(instance);
        await(instance + " healthy").atMost(START_WITHIN).pollInterval(Duration.ofMillis(500))
                .failFast(instance + " exited, see " + process.log(), () -> !process.isAlive())
                .until(() -> health(instance) == 200);
    }

    private ServiceProcess process(String instance) {
        return instance.equals(KAFKA) ? kafka : app(instance).process();
    }

    private App app(String instance) {
        App app = apps.get(instance);
        if (app == null) {
            throw new IllegalArgumentException("no instance " + instance + " in " + apps.keySet());
        }
        return app;
    }

    private String jar(String folder, String pattern) {
        Path dir = projectDir.resolve(folder);
        try (var jars = Files.newDirectoryStream(dir, pattern)) {
            for (Path jar : jars) {
                return jar.toAbsolutePath().toString();
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("no " + pattern + " in " + dir.toAbsolutePath()
                + "; build the jars first: ./mvnw -DskipTests package");
    }

    private static List<String> java(List<String> jvm, String jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar);
        command.addAll(arguments);
        return command;
    }
}
