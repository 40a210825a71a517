package io.tcckafka.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import io.tcckafka.security.Roles;

/**
 * One hostile HTTP request and the status it must get. {@code problem} says whether Spring answers it (with
 * problem details); requests the web server refuses before any application code (a URI too long, a path that is
 * not UTF-8) only need a 4xx without a stack trace. A {@code status} of 0 means any 4xx.
 */
record HostileHttpRequest(String name, String service, String method, String path, String contentType, byte[] body,
        int status, boolean problem) {

    static HostileHttpRequest post(String name, String service, String path, String body, int status) {
        return post(name, service, path, "application/json", body.getBytes(StandardCharsets.UTF_8), status);
    }

    static HostileHttpRequest post(String name, String service, String path, String contentType, byte[] body,
            int status) {
        return new HostileHttpRequest(name, service, "POST", path, contentType, body, status, true);
    }

    static HostileHttpRequest get(String name, String service, String path, int status, boolean problem) {
        return new HostileHttpRequest(name, service, "GET", path, null, null, status, problem);
    }

    /** Sent as a user whose role may call it, so that what it carries reaches the application. */
    HttpRequest toRequest(String baseUrl, StackAccess access) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", access.user(role()).basicAuthorization());
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String role() {
        if (service.equals(Stack.ORCHESTRATOR)) {
            return Roles.CLIENT;
        }
        return method.equals("POST") ? Roles.ADMIN : Roles.OPERATOR;
    }

    @Override
    public String toString() {
        return name;
    }
}
