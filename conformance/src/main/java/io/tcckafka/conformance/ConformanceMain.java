package io.tcckafka.conformance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar tcc-conformance-exec.jar --bank=bank-a --kafka-config=… --accounts=http://localhost:8081 …}: runs
 * every case against a participant, prints the report, and exits 0 when every case passed, 1 when one failed, 2 when
 * the participant could not be reached.
 */
@Command(name = "tcc-conformance", mixinStandardHelpOptions = true, description = {
        "Checks a participant, in any language, through Kafka and its account API: duplicates, reordering, a Cancel "
                + "before its Try, a Confirm without one, Confirm and Cancel racing, commands that contradict their "
                + "Try, bursts on one account, hostile records (docs/participants.md).",
        "It acts as the orchestrator: run it against a participant before it joins, or a staging system; the real "
                + "orchestrator of a live one dead-letters the replies it did not ask for." })
public final class ConformanceMain implements Callable<Integer> {

    @Option(names = "--bank", required = true, description = "the bank the participant is, e.g. bank-a")
    String bank;

    @Option(names = "--kafka-config", required = true, description = "Kafka client settings (a properties file) of "
            + "a principal that may write bank.<bank>.commands and read bank.<bank>.replies: the orchestrator's")
    Path kafkaConfig;

    @Option(names = "--dead-letter-config", description = "Kafka client settings of a principal that may read "
            + "bank.<bank>.commands.DLT (an operator's); without it the dead-letter topic is not checked")
    Path deadLetterConfig;

    @Option(names = "--accounts", required = true, description = "base URL of the bank's account API")
    URI accounts;

    @Option(names = "--users-file", description = "HTTP users (role=user:password lines, as the sandbox writes them); "
            + "the admin is used to open and read accounts")
    Path usersFile;

    @Option(names = "--http-user", description = "who opens and reads accounts (role admin), with TCC_HTTP_PASSWORD")
    String httpUser;

    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "tcc-conformance-logback.xml");
        System.exit(new CommandLine(new ConformanceMain()).execute(args));
    }

    @Override
    public Integer call() {
        String user = httpUser;
        String password = System.getenv("TCC_HTTP_PASSWORD");
        if (usersFile != null) {
            UsersFile.User admin = UsersFile.read(usersFile).get(Roles.ADMIN);
            if (admin == null) {
                throw new IllegalArgumentException(usersFile + " names no " + Roles.ADMIN);
            }
            user = admin.name();
            password = admin.password();
        }
        var target = new ParticipantUnderTest(bank, properties(kafkaConfig),
                Optional.ofNullable(deadLetterConfig).map(ConformanceMain::properties), accounts, user, password);
        try (ConformanceRun run = new ConformanceRun(target)) {
            return run.report(System.out) ? 0 : 1;
        } catch (IllegalStateException | org.apache.kafka.common.KafkaException unreachable) {
            System.err.println("Cannot check bank " + bank + ": " + unreachable.getMessage());
            return 2;
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
