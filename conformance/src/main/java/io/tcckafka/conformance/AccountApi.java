package io.tcckafka.conformance;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.events.NewAccount;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/** The bank's account API of the contract: open an account with a balance, read what it holds and its journal. */
final class AccountApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final String authorization;

    AccountApi(URI base, String user, String password) {
        this.base = base;
        this.authorization = user == null ? null : new UsersFile.User(Roles.ADMIN, user, password).basicAuthorization();
    }

    /** A new account with this opening balance; its id is new to the bank. */
    String open(String balance) {
        String account = "conformance-" + UUID.randomUUID();
        String body = EventJson.write(new NewAccount(account, new BigDecimal(balance)));
        HttpResponse<String> response = exchange(request("/api/accounts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + base + "/api/accounts answered " + response.statusCode() + ": "
                    + response.body());
        }
        return account;
    }

    AccountView get(String account) {
        HttpResponse<String> response = exchange(request("/api/accounts/" + account).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base + "/api/accounts/" + account + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return EventJson.read(response.body(), AccountView.class);
    }

    /** Every entry of the account's journal, all pages of its statement (docs/participants.md, "The journal"). */
    List<JournalEntry> statement(String account) {
        List<JournalEntry> entries = new ArrayList<>();
        Long after = 0L;
        while (after != null) {
            String path = "/api/accounts/" + account + "/statement?limit=1000&after=" + after;
            HttpResponse<String> response = exchange(request(path).GET());
            if (response.statusCode() != 200) {
                throw new ConformanceFailure("GET " + base + path + " answered " + response.statusCode()
                        + ": a participant serves its account journal there");
            }
            JournalPage page = EventJson.read(response.body(), JournalPage.class);
            entries.addAll(page.entries());
            after = page.next();
        }
        return entries;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the account API at " + base + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
