package io.tcckafka.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.tcckafka.bank.AccountConsumerApplication;
import io.tcckafka.orchestrator.OrchestratorApplication;
import io.tcckafka.provisioning.Principals;

/**
 * The orchestrator and the banks as Spring Boot applications in this JVM, each with its own context, port and
 * database, all on one Kafka cluster, each connecting as its own principal. Each can be stopped and started again on
 * its own.
 */
public final class Stack implements AutoCloseable {

    public static final String ORCHESTRATOR = Principals.ORCHESTRATOR;

    private final StackAccess access;
    private final Function<String, List<String>> databaseArguments;
    private final List<String> commonArguments;
    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();
    private final List<String> banks = new ArrayList<>();

    /**
     * @param databaseArguments the {@code --spring.datasource.*} arguments of each database, by the name of the
     *                          service that owns it ({@link #ORCHESTRATOR} or a bank)
     * @param commonArguments   {@code --name=value} arguments every service gets, after its own
     */
    public Stack(StackAccess access, Function<String, List<String>> databaseArguments,
            List<String> commonArguments) {
        this.access = access;
        this.databaseArguments = databaseArguments;
        this.commonArguments = List.copyOf(commonArguments);
    }

    public void startOrchestrator(int port, String... arguments) {
        startOrchestrator(ORCHESTRATOR, port, arguments);
    }

    /** One more orchestrator instance: same database, same consumer group, sharing the work. */
    public void startOrchestrator(String instance, int port, String... arguments) {
        List<String> withDashboard = new ArrayList<>(access.dashboardArguments());
        withDashboard.addAll(List.of(arguments));
        start(instance, ORCHESTRATOR, OrchestratorApplication.class, port, withDashboard.toArray(String[]::new));
    }

    public void startBank(String bank, int port, String... arguments) {
        startBank(bank, bank, port, arguments);
    }

    /** One more instance of a bank: same database, same consumer group, sharing the work. */
    public void startBank(String instance, String bank, int port, String... arguments) {
        List<String> withBank = new ArrayList<>(List.of("--tcc.bank.id=" + bank));
        withBank.addAll(List.of(arguments));
        start(instance, bank, AccountConsumerApplication.class, port, withBank.toArray(String[]::new));
        if (!banks.contains(bank)) {
            banks.add(bank);
        }
    }

    /** The orchestrator's arguments that name the banks started so far, and point its dashboard at them. */
    public String[] bankArguments() {
        List<String> started = banks.stream().filter(running::containsKey).toList();
        return new String[] { "--tcc.orchestrator.banks=" + String.join(",", started),
                "--tcc.orchestrator.dashboard.banks=" + String.join(",",
                        started.stream().map(bank -> bank + "=" + baseUrl(bank)).toList()) };
    }

    public void stop(String service) {
        ConfigurableApplicationContext context = running.remove(service);
        if (context != null) {
            context.close();
        }
    }

    public int port(String service) {
        return ((WebServerApplicationContext) running.get(service)).getWebServer().getPort();
    }

    public String baseUrl(String service) {
        return "http://localhost:" + port(service);
    }

    public StackAccess access() {
        return access;
    }

    @Override
    public void close() {
        List<String> services = new ArrayList<>(running.keySet());
        Collections.reverse(services);
        services.forEach(this::stop);
    }

    /** @param service the orchestrator or a bank: its Kafka principal, and whose database it uses */
    private void start(String instance, String service, Class<?> application, int port, String... arguments) {
        if (running.containsKey(instance)) {
            throw new IllegalStateException(instance + " is already running");
        }
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        args.addAll(access.kafka().as(service).springArguments());
        args.addAll(access.serviceArguments());
        args.addAll(databaseArguments.apply(service));
        args.addAll(List.of(arguments));
        args.addAll(commonArguments);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off")
                .run(args.toArray(String[]::new));
        running.put(instance, context);
    }
}
