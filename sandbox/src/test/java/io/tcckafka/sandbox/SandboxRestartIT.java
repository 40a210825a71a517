package io.tcckafka.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EventJson;
import io.tcckafka.provisioning.broker.Ports;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * README's run command as a newcomer meets it: the sandbox jar as a process of its own on a fresh data folder. It
 * prints the demo and the lines to try, which work as printed (curl, Kafka's console producer, and the conformance
 * kit against bank-c, which reports every case passed); killed with
 * {@code kill -9} while transfers are under way and started again on the same folder, it keeps its credentials,
 * accounts and broker state, and finishes every transfer.
 */
class SandboxRestartIT {

    private static final Path JAR = Path.of("target", "tcc-sandbox-exec.jar");
    private static final Duration START_WITHIN = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private final Ports ports = new Ports();
    private final int kafka = ports.next();
    private final int orchestrator = ports.next();
    private final int bankA = ports.next();
    private final int bankB = ports.next();
    private final int bankC = ports.next();
    private Process sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.destroyForcibly();
        }
    }

    @Test
    void startsSecureKeepsItsStateAcrossAKillAndFinishesWhatWasUnderWay() throws Exception {
        Path firstLog = work.resolve("first.log");
        start(firstLog);
        String first = Files.readString(firstLog);
        assertThat(first).contains("Starting Kafka (KRaft, SASL_PLAINTEXT)", "demo-seed         COMMITTED",
                "demo-underfunded  ABORTED (INSUFFICIENT_FUNDS)", "demo-fee          COMMITTED",
                "bank-a/2    balance   40.00  frozen   0.00  incoming   0.00  available   40.00",
                "bank-b/1    balance   79.50  frozen   0.00  incoming   0.00  available   79.50",
                "bank-c/fees balance    0.50  frozen   0.00  incoming   0.00  available    0.50",
                "Credentials, made at the first start").doesNotContain("WARN", "ERROR");
        Path credentials = work.resolve("tcc-data/credentials");
        assertThat(credentials.resolve("client.properties")).exists();
        assertThat(credentials.resolve("operator.properties")).exists();
        Map<String, UsersFile.User> users = UsersFile.read(credentials.resolve("http-users.properties"));
        assertThat(users).containsOnlyKeys(Roles.CLIENT, Roles.OPERATOR, Roles.ADMIN);

        assertThat(run(printedLine(first, "curl "))).contains("\"transferId\":\"try-1\"", "\"status\"");
        String producer = printedLine(first, "echo 'try-2|").replace("kafka-console-producer.sh",
                java() + " -cp " + System.getProperty("java.class.path") + " org.apache.kafka.tools.ConsoleProducer");
        run(producer);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(users, "try-2"), "COMMITTED"::equals);
        assertThat(get(null, "/api/transfers/try-1").statusCode()).isEqualTo(401);
        // the client's line names what it would not find by itself (the cli module's TccClientIT runs the client)
        assertThat(printedLine(first, "./tcc submit ")).contains("--id try-3",
                "--orchestrator=http://localhost:" + orchestrator);
        String conformance = printedLine(first, "java -jar conformance/").replace("java -jar conformance/target/",
                java() + " -jar " + Path.of("..", "conformance", "target").toAbsolutePath().normalize() + "/");
        assertThat(run(conformance)).contains("Conformance of bank bank-c", "All 18 cases passed.")
                .doesNotContain("FAIL");

        List<String> underWay = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = "under-way-" + i;
            underWay.add(id);
            assertThat(transfer(users, id, i % 2 == 0 ? "bank-a" : "bank-b", "1.00").statusCode()).isEqualTo(202);
        }
        sandbox.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Path secondLog = work.resolve("second.log");
        start(secondLog);
        assertThat(Files.readString(secondLog)).contains("Resuming from tcc-data", "are those of the last run")
                .doesNotContain("Balances before");
        assertThat(UsersFile.read(credentials.resolve("http-users.properties"))).isEqualTo(users);
        await().atMost(Duration.ofSeconds(60)).until(() -> underWay.stream()
                .allMatch(id -> List.of("COMMITTED", "ABORTED").contains(status(users, id))));
        List<AccountView> demo = List.of(account(users, bankA, "2"), account(users, bankB, "1"),
                account(users, bankC, "fees"));
        assertThat(demo.stream().map(AccountView::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the money of the demo's accounts").isEqualByComparingTo("120.00");
        assertThat(demo).allSatisfy(account -> assertThat(account.frozen().add(account.incoming())).isZero());
    }

    private void start(Path log) throws IOException {
        sandbox = new ProcessBuilder(java(), "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(),
                "--kafka.port=" + kafka, "--orchestrator.port=" + orchestrator, "--bank-a.port=" + bankA,
                "--bank-b.port=" + bankB, "--bank-c.port=" + bankC).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        await().atMost(START_WITHIN).pollInterval(Duration.ofSeconds(1))
                .failFast("the sandbox exited, see " + log, () -> !sandbox.isAlive())
                .until(() -> Files.readString(log).contains("Try it:"));
    }

    /** One of the lines the sandbox printed under "Try it:", whole. */
    private static String printedLine(String output, String start) {
        return output.lines().map(String::strip).filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in:\n" + output));
    }

    private String run(String shellLine) throws Exception {
        Process shell = new ProcessBuilder("bash", "-c", shellLine).directory(work.toFile())
                .redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).as("%s printed %s", shellLine, output).isZero();
        return output;
    }

    private String status(Map<String, UsersFile.User> users, String transferId) {
        HttpResponse<String> response;
        try {
            response = get(users.get(Roles.CLIENT), "/api/transfers/" + transferId);
        } catch (Exception e) {
            return "unreachable: " + e;
        }
        if (response.statusCode() != 200) {
            return "none";
        }
        Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(response.body());
        return status.find() ? status.group(1) : "none";
    }

    private HttpResponse<String> transfer(Map<String, UsersFile.User> users, String id, String fromBank,
            String amount) throws Exception {
        String from = fromBank.equals("bank-a") ? "{\"bank\":\"bank-a\",\"account\":\"2\"}"
                : "{\"bank\":\"bank-b\",\"account\":\"1\"}";
        String to = fromBank.equals("bank-a") ? "{\"bank\":\"bank-b\",\"account\":\"1\"}"
                : "{\"bank\":\"bank-a\",\"account\":\"2\"}";
        String body = "{\"transferId\":\"" + id + "\",\"from\":" + from + ",\"to\":" + to + ",\"amount\":\"" + amount
                + "\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + orchestrator + "/api/transfers"))
                .header("Content-Type", "application/json")
                .header("Authorization", users.get(Roles.CLIENT).basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private AccountView account(Map<String, UsersFile.User> users, int port, String id) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/accounts/" + id))
                .header("Authorization", users.get(Roles.OPERATOR).basicAuthorization()).build(),
                HttpResponse.BodyHandlers.ofString());
        return EventJson.read(response.body(), AccountView.class);
    }

    private HttpResponse<String> get(UsersFile.User user, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + orchestrator + path));
        if (user != null) {
            request.header("Authorization", user.basicAuthorization());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
