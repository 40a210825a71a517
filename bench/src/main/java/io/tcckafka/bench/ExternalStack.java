package io.tcckafka.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.tcckafka.events.AccountRef;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * A stack that runs already: its services' URLs, the Kafka client settings of the client principal and of the super
 * user ({@code --client-config}, {@code --admin-config}: the files the sandbox writes, or your own), and the HTTP
 * users file. Accounts are opened through the banks' HTTP API, as the admin.
 */
final class ExternalStack implements StackUnderTest {

    private final Map<String, String> urls;
    private final Properties client;
    private final Properties admin;
    private final UsersFile.User opener;
    private final UsersFile.User operator;
    private final HttpClient http = HttpClient.newHttpClient();

    ExternalStack(Map<String, String> urls, Path clientConfig, Path adminConfig, Path usersFile) {
        this.urls = urls;
        this.client = read(clientConfig);
        this.admin = read(adminConfig);
        Map<String, UsersFile.User> users = UsersFile.read(usersFile);
        this.opener = users.get(Roles.ADMIN);
        this.operator = users.get(Roles.OPERATOR);
    }

    @Override
    public Properties kafkaConfig(String principal) {
        Properties config = new Properties();
        config.putAll(principal.equals(Principals.ADMIN) ? admin : client);
        return config;
    }

    @Override
    public List<AccountRef> openAccounts(int count) throws IOException, InterruptedException {
        String prefix = "b" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<AccountRef> accounts = StackUnderTest.split(StackUnderTest.accountIds(prefix, count));
        for (AccountRef account : accounts) {
            String body = "{\"account\":\"" + account.account() + "\",\"balance\":\""
                    + AccountInserts.OPENING_BALANCE.toPlainString() + "\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(urls.get(account.bank()) + "/api/accounts"))
                    .header("Content-Type", "application/json").header("Authorization", opener.basicAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("opening " + account + ": " + response.statusCode() + " "
                        + response.body());
            }
        }
        return accounts;
    }

    @Override
    public List<MonitoredProcess> processes() {
        List<MonitoredProcess> processes = new ArrayList<>();
        urls.forEach((name, url) -> processes.add(new MonitoredProcess(name, 0, url)));
        processes.add(new MonitoredProcess("bench", ProcessHandle.current().pid(), null));
        return processes;
    }

    @Override
    public UsersFile.User operator() {
        return operator;
    }

    @Override
    public String description() {
        return "external stack at " + client.getProperty("bootstrap.servers") + " " + urls
                + "; accounts opened over HTTP";
    }

    @Override
    public void close() {
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
