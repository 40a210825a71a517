package io.tcckafka.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;

import io.tcckafka.events.Topics;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/** What the sandbox prints once it serves: where everything is, the credentials, two lines to try that work as shown. */
final class ServingBanner {

    private static final String TRY_REQUEST = "{\"transferId\":\"%s\",\"from\":{\"bank\":\"bank-a\",\"account\":\"2\"},"
            + "\"to\":{\"bank\":\"bank-b\",\"account\":\"1\"},\"amount\":\"1.00\"}";

    private final PrintStream out;
    private final DataDirectory data;
    private final Stack stack;
    private final String bootstrapServers;
    private final KafkaAccess.Protocol protocol;

    ServingBanner(PrintStream out, DataDirectory data, Stack stack, String bootstrapServers,
            KafkaAccess.Protocol protocol) {
        this.out = out;
        this.data = data;
        this.stack = stack;
        this.bootstrapServers = bootstrapServers;
        this.protocol = protocol;
    }

    void print() {
        StackAccess access = stack.access();
        String orchestrator = stack.baseUrl(Stack.ORCHESTRATOR);
        out.printf("""

                Serving. Ctrl+C stops everything; started again with the same --data-dir it resumes.
                  dashboard     %s/%s
                  Kafka         %s   %s
                  orchestrator  %s   POST /api/transfers, GET /api/transfers/{id}
                  bank-a        %s   POST /api/accounts, GET /api/accounts/{account}
                  bank-b        %s
                  bank-c        %s
                """, orchestrator, access.secure() ? "   (log in as " + access.user(Roles.OPERATOR).name() + ")" : "",
                bootstrapServers, protocol, orchestrator, stack.baseUrl("bank-a"), stack.baseUrl("bank-b"),
                stack.baseUrl("bank-c"));
        String producerConfig = "";
        String user = "";
        if (access.secure()) {
            UsersFile.User client = access.user(Roles.CLIENT);
            producerConfig = " --producer.config " + data.credential(Principals.CLIENT + ".properties");
            user = " -u " + client.name() + ":" + client.password();
            out.printf("""

                    Credentials, made at the first start (docs/security.md):
                      %s   HTTP users: client, operator (dashboard), admin (opens accounts)
                      %s        Kafka settings of principal client: writes transfer.requests, reads transfer.events
                      %s      Kafka settings of principal operator: reads every topic
                      %s  Kafka settings of principal orchestrator: for the conformance kit
                    """, data.credential("http-users.properties"), data.credential("client.properties"),
                    data.credential("operator.properties"), data.credential("orchestrator.properties"));
        }
        out.printf("""

                Try it:
                  curl -s%s -XPOST %s/api/transfers -H 'Content-Type: application/json' -d '%s'
                  echo 'try-2|%s' | kafka-console-producer.sh --bootstrap-server %s%s --topic %s --property parse.key=true --property 'key.separator=|'
                """, user, orchestrator, TRY_REQUEST.formatted("try-1"), TRY_REQUEST.formatted("try-2"),
                bootstrapServers, producerConfig, Topics.TRANSFER_REQUESTS);
        if (access.secure()) {
            out.printf("  ./tcc submit --from bank-a/2 --to bank-b/1 --amount 1.00 --id try-3%s    # docs/cli.md%n",
                    clientOptions(orchestrator));
        }
        out.printf("""

                Check a bank against the participant rules (docs/participants.md):
                  java -jar conformance/target/tcc-conformance-exec.jar --bank=bank-c --accounts=%s --kafka-config=%s --dead-letter-config=%s%s
                """, stack.baseUrl("bank-c"), data.credential("orchestrator.properties"),
                data.credential("operator.properties"),
                access.secure() ? " --users-file=" + data.credential("http-users.properties") : "");
    }

    /** What the client needs to be told: where the orchestrator and the credentials are, when not where it looks. */
    private String clientOptions(String orchestrator) {
        String options = orchestrator.equals("http://localhost:8080") ? "" : " --orchestrator=" + orchestrator;
        Path credentials = data.credential("http-users.properties").getParent();
        return credentials.normalize().equals(Path.of("tcc-data", "credentials")) ? options
                : options + " --credentials=" + credentials;
    }
}
