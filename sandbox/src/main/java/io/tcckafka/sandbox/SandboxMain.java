package io.tcckafka.sandbox;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.provisioning.broker.KafkaBroker;
import io.tcckafka.provisioning.broker.Ports;

/**
 * One process: a real single-node Kafka broker (KRaft), a database per service, the orchestrator and three banks,
 * secured as a deployment is, with everything kept in a data folder ({@link DataDirectory}). Runs the demo at the
 * first start, then keeps serving until stopped; started again on the same folder it resumes where it stopped. With
 * {@code kafka} as its first argument, only the broker (see {@link KafkaMain}).
 */
public final class SandboxMain {

    static final List<String> BANKS = List.of("bank-a", "bank-b", "bank-c");

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options;
        try {
            if (args.length > 0 && args[0].equals("kafka")) {
                KafkaMain.main(List.of(args).subList(1, args.length));
                return;
            }
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (RuntimeException failed) {
            // the broker's threads would keep a half-started sandbox alive, holding its ports
            System.err.println("The sandbox could not start: " + failed);
            System.exit(1);
        }
    }

    private static void run(SandboxOptions options) throws InterruptedException {
        PrintStream out = System.out;
        configureLoggingBeforeTheBroker();
        DataDirectory data = DataDirectory.open(options.dataDir());
        if (options.insecure()) {
            out.println("""
                    *** INSECURE: --insecure turns authentication off. Anyone who can reach these ports may open
                    *** funded accounts, move any account's money and forge any bank's replies. Never expose it.""");
        }
        Deployment deployment = Deployment.of(BANKS);
        Map<String, String> passwords = data.kafkaPasswords(deployment);
        KafkaBroker.Security security = options.insecure() ? KafkaBroker.Security.insecure()
                : options.tls() ? KafkaBroker.Security.tls(passwords.get(Principals.ADMIN),
                        data.certificates(DataDirectory.keystorePassword(passwords)))
                : KafkaBroker.Security.sasl(passwords.get(Principals.ADMIN));
        out.println((data.fresh() ? "Starting" : "Resuming from " + data.root() + ": starting") + " Kafka (KRaft, "
                + security.protocol() + ") on localhost:" + options.kafkaPort() + " ...");
        int controllerPort = new Ports(List.of(options.kafkaPort(), options.orchestratorPort(), options.bankAPort(),
                options.bankBPort(), options.bankCPort())).next();
        var broker = KafkaBroker.start(new KafkaBroker.Settings(options.kafkaPort(), controllerPort,
                data.kafkaLogs(), List.of(), security));
        ClusterAccess kafka = ClusterAccess.provision(broker.adminAccess(), deployment,
                passwords.entrySet().stream().filter(p -> deployment.principals().contains(p.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        data.writeClientSettings(kafka);
        StackAccess access = options.insecure() ? StackAccess.insecure(kafka)
                : StackAccess.secure(kafka, data.httpUsers());

        var stack = new Stack(access, Databases.inFolder(data.databases()), options.passThrough());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            broker.close();
        }, "sandbox-shutdown"));

        out.println("Starting orchestrator, bank-a, bank-b and bank-c (databases in " + data.databases() + ") ...");
        stack.startBank("bank-a", options.bankAPort());
        stack.startBank("bank-b", options.bankBPort());
        stack.startBank("bank-c", options.bankCPort());
        stack.startOrchestrator(options.orchestratorPort(), stack.bankArguments());

        if (options.demo() && data.fresh()) {
            try (var client = new StackClient(stack)) {
                new Demo(client, out).run();
            }
        } else if (!data.fresh()) {
            out.println("Accounts, transfers and credentials are those of the last run: unfinished transfers go on.");
        }
        new ServingBanner(out, data, stack, broker.bootstrapServers(), security.protocol()).print();
        new CountDownLatch(1).await();
    }

    /**
     * Spring Boot configures logging once per JVM, at the first application's start, by resetting logback. Were that
     * left to the first bank, the broker's threads would log into the moment of the reset and logback would print a
     * warning that no appender was there; done now, before the broker starts, the applications find it done.
     */
    private static void configureLoggingBeforeTheBroker() {
        LoggingSystem logging = LoggingSystem.get(SandboxMain.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }
}
