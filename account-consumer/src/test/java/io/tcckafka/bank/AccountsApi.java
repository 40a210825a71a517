package io.tcckafka.bank;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.tcckafka.security.Roles;
import io.tcckafka.testing.TestUsers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account HTTP API as a test sees it: status codes and the JSON as strings and maps. It opens accounts as the
 * admin and reads them as the operator, unless told to call as another role ({@link #as}) or as nobody.
 */
final class AccountsApi {

    record Response(int status, String body) {

        Map<String, Object> json() {
            return JSON.readValue(body, new TypeReference<>() {
            });
        }

        List<Map<String, Object>> jsonList() {
            return JSON.readValue(body, new TypeReference<>() {
            });
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String baseUrl;
    private final TestUsers users;
    private final String reader;
    private final String opener;

    AccountsApi(int port, TestUsers users) {
        this(port, users, Roles.OPERATOR, Roles.ADMIN);
    }

    private AccountsApi(int port, TestUsers users, String reader, String opener) {
        this.port = port;
        this.baseUrl = "http://localhost:" + port + "/api/accounts";
        this.users = users;
        this.reader = reader;
        this.opener = opener;
    }

    /** The same API called as {@code role} for everything; null for no credentials at all. */
    AccountsApi as(String role) {
        return new AccountsApi(port, users, role, role);
    }

    Response create(String body) {
        return send(opener, HttpRequest.newBuilder(URI.create(baseUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response create(String account, String balance) {
        return create("{\"account\":\"%s\",\"balance\":\"%s\"}".formatted(account, balance));
    }

    Response get(String account) {
        return send(reader, HttpRequest.newBuilder(URI.create(baseUrl + "/" + account)).GET());
    }

    /** @param query e.g. {@code limit=2&after=x}, or empty */
    Response list(String query) {
        return send(reader, HttpRequest.newBuilder(URI.create(baseUrl + "?" + query)).GET());
    }

    /** Any other path of the bank, e.g. {@code /actuator/health}, as the reading role. */
    Response path(String path) {
        return send(reader, HttpRequest.newBuilder(URI.create(baseUrl.replace("/api/accounts", path))).GET());
    }

    private Response send(String role, HttpRequest.Builder request) {
        try {
            HttpRequest authorized = (role == null ? request : users.as(role, request)).build();
            HttpResponse<String> response = http.send(authorized, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
