package io.tcckafka.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tcckafka.provisioning.broker.KafkaBroker;

/**
 * The documented command, {@code java -jar tcc-provision-exec.jar}, as an operator runs it: against a secured broker
 * that has nothing but its super user, twice, and then the certificates.
 */
class ProvisioningIT {

    private static final Path JAR = Path.of("target", "tcc-provision-exec.jar");
    private static final List<String> BANKS = List.of("bank-a", "bank-b");

    private static KafkaBroker broker;
    private static Map<String, String> passwords;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(KafkaBroker.Settings.on(0, KafkaBroker.Security.sasl(ClusterAccess.newPassword())));
        passwords = ClusterAccess.newPasswords(Deployment.of(BANKS));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void provisionsTopicsUsersAndAclsAndRunsAgainHarmlessly() throws Exception {
        Path adminConfig = folder.resolve("admin.properties");
        Files.writeString(adminConfig, broker.adminAccess().propertiesFile());
        List<String> command = List.of("kafka", "--bootstrap-server", broker.bootstrapServers(), "--command-config",
                adminConfig.toString(), "--banks", String.join(",", BANKS), "--partitions", "3");

        Run first = provision(command, passwords);
        assertThat(first.status()).as(first.output()).isZero();
        assertThat(first.output()).contains("created topic bank.bank-b.replies", "created topic transfer.requests.DLT",
                "set the SCRAM-SHA-512 credentials of orchestrator, bank-a, bank-b, client, operator",
                "ACLs in force");

        String newBankB = ClusterAccess.newPassword();
        Run again = provision(command, Map.of("bank-b", newBankB));
        assertThat(again.status()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("created topic")
                .contains("set the planned settings of 11 existing topics")
                .contains("no TCC_KAFKA_PASSWORD_ORCHESTRATOR: the credentials of orchestrator are left as they are")
                .contains("set the SCRAM-SHA-512 credentials of bank-b");

        try (Admin admin = Admin.create(broker.adminAccess().clientConfig())) {
            assertThat(admin.listTopics().names().get()).hasSize(11);
            var commands = new ConfigResource(ConfigResource.Type.TOPIC, "bank.bank-a.commands");
            Config config = admin.describeConfigs(List.of(commands)).all().get().get(commands);
            assertThat(config.get("retention.ms").value()).isEqualTo("604800000");
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get())
                    .hasSize(AccessRules.of(Deployment.of(BANKS)).size());
        }
        assertThat(canLogIn("orchestrator", passwords.get("orchestrator"))).isTrue();
        assertThat(canLogIn("bank-b", passwords.get("bank-b"))).as("the old password of bank-b").isFalse();
        assertThat(canLogIn("bank-b", newBankB)).isTrue();
    }

    @Test
    void makesACaAndABrokerCertificate() throws Exception {
        Path certificates = folder.resolve("certs");
        Run run = run(List.of("certificates", "--dir", certificates.toString(), "--hostname", "kafka,localhost"),
                Map.of("TCC_KAFKA_KEYSTORE_PASSWORD", "changeit-123"));

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(certificates.resolve("ca.pem")).content().startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(certificates.resolve("broker.p12")).exists();
        assertThat(run(List.of("certificates", "--dir", certificates.toString()), Map.of()).status()).isEqualTo(2);
    }

    private static boolean canLogIn(String user, String password) {
        try (Admin admin = Admin.create(broker.access(user, password).clientConfig())) {
            admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Run provision(List<String> arguments, Map<String, String> passwordsByPrincipal) throws Exception {
        Map<String, String> environment = new HashMap<>();
        passwordsByPrincipal.forEach((principal, password) ->
                environment.put(Principals.passwordVariable(principal), password));
        return run(arguments, environment);
    }

    private record Run(int status, String output) {
    }

    private static Run run(List<String> arguments, Map<String, String> environment) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TCC_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
