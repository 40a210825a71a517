package io.tcckafka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.UsersFile;

/** The small rules: exit codes of a status, the polling pauses, where the banks are, whose credentials. */
class RulesTest {

    @ParameterizedTest
    @CsvSource({ "COMMITTED, 0", "ABORTED, 3", "REJECTED, 3", "ACCEPTED, 4", "CONFIRMING, 4", "CANCELLING, 4" })
    void exitCodeOfAStatus(TransferStatus status, int exit) {
        assertThat(Outcomes.exitCode(status)).isEqualTo(exit);
    }

    @ParameterizedTest
    @CsvSource({ "0, PT0.05S", "1, PT0.1S", "3, PT0.4S", "4, PT0.8S", "5, PT1S", "60, PT1S" })
    void pollingPauses(int attempt, Duration pause) {
        assertThat(Backoff.POLLING.pause(attempt)).isEqualTo(pause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|bank-a|http://localhost:8081",
            "|bank-c|http://localhost:8083",
            "bank-a=http://a:1|bank-a|http://a:1",
            "bank-a=http://a:1, bank-x=https://x.example/|bank-x|https://x.example",
            "bank-b=http://env:2|bank-b|http://given:3" })
    void bankUrls(String environment, String bank, URI url) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("bank-b", "http://given:3");
        assertThat(BankUrls.of(environment, given).of(bank)).isEqualTo(url);
    }

    @Test
    void aBankWithoutUrl() {
        assertThatThrownBy(() -> BankUrls.of(null, Map.of()).of("bank-q")).isInstanceOf(CliFailure.class)
                .hasMessageContaining("give --bank bank-q=http://host:port");
        assertThatThrownBy(() -> BankUrls.of("bank-q", Map.of())).hasMessageContaining("TCC_BANKS: 'bank-q' is not");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|operator|operator-user|s2",
            "client||client-user|s1",
            "client-user||client-user|s1",
            "admin|client|admin-user|s3" })
    void httpUsers(String user, String defaultRole, String name, String password, @TempDir Path folder) {
        UsersFile.write(folder.resolve("http-users.properties"), Map.of(
                "client", new UsersFile.User("client", "client-user", "s1"),
                "operator", new UsersFile.User("operator", "operator-user", "s2"),
                "admin", new UsersFile.User("admin", "admin-user", "s3")));

        HttpUser found = new Credentials(folder).httpUser(user, defaultRole == null ? "operator" : defaultRole, null);

        assertThat(found.name()).isEqualTo(name);
        assertThat(found.password()).isEqualTo(password);
    }

    @Test
    void credentialsFromTheFileTheEnvironmentOrNone(@TempDir Path folder) throws Exception {
        Credentials credentials = new Credentials(folder);
        assertThat(credentials.httpUser(null, "client", null).anonymous()).isTrue();
        assertThat(credentials.httpUser(null, "client", null).describe())
                .contains("http-users.properties does not exist");
        assertThat(credentials.httpUser("alice", "client", "secret"))
                .isEqualTo(new HttpUser("alice", "secret", null, "TCC_HTTP_PASSWORD"));

        Files.writeString(folder.resolve("http-users.properties"), "client=client:pw\n");
        assertThatThrownBy(() -> credentials.httpUser(null, "operator", null)).isInstanceOf(CliFailure.class)
                .hasMessageContaining("has no user or role 'operator' (it has [client])");
    }
}
