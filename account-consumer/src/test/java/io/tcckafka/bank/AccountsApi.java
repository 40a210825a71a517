package io.tcckafka.bank;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The account HTTP API as a test sees it: status codes and the JSON as strings and maps. */
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
    private final String baseUrl;

    AccountsApi(int port) {
        baseUrl = "http://localhost:" + port + "/api/accounts";
    }

    Response create(String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response create(String account, String balance) {
        return create("{\"account\":\"%s\",\"balance\":\"%s\"}".formatted(account, balance));
    }

    Response get(String account) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + account)).GET());
    }

    /** @param query e.g. {@code limit=2&after=x}, or empty */
    Response list(String query) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "?" + query)).GET());
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
