package io.tcckafka.sandbox;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One process: a real single-node Kafka broker (KRaft), an in-memory database per service, the orchestrator,
 * bank-a and bank-b. Runs the demo, then keeps serving until stopped. With {@code kafka} as its first argument,
 * only the broker (see {@link KafkaMain}).
 */
public final class SandboxMain {

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
        PrintStream out = System.out;
        out.println("Starting Kafka (KRaft, single node) on localhost:" + options.kafkaPort() + " ...");
        var broker = KafkaBroker.start(options.kafkaPort());

        var stack = new Stack(broker.bootstrapServers(), Databases.inMemory(), options.passThrough());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            broker.close();
        }, "sandbox-shutdown"));

        out.println("Starting orchestrator, bank-a and bank-b (in-memory databases) ...");
        stack.startBank("bank-a", options.bankAPort());
        stack.startBank("bank-b", options.bankBPort());
        stack.startOrchestrator(options.orchestratorPort(), stack.dashboardBanksArgument());

        if (options.demo()) {
            try (var client = new StackClient(stack)) {
                new Demo(client, out).run();
            }
        }
        out.printf("""

                Serving. Ctrl+C stops everything.
                  dashboard     %s/
                  Kafka         %s   produce to transfer.requests, watch transfer.events
                  orchestrator  %s   POST /api/transfers, GET /api/transfers/{id}
                  bank-a        %s   POST /api/accounts, GET /api/accounts/{account}
                  bank-b        %s
                """, stack.baseUrl(Stack.ORCHESTRATOR), broker.bootstrapServers(), stack.baseUrl(Stack.ORCHESTRATOR), stack.baseUrl("bank-a"),
                stack.baseUrl("bank-b"));
        new CountDownLatch(1).await();
    }
}
