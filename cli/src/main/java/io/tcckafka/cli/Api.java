package io.tcckafka.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The services' HTTP APIs as one user. What no command can go on from ends it here, with exit code 2 and a message
 * that names the URL and the user: the service unreachable, 401 (credentials not accepted), 403 (the user lacks the
 * role). Every other answer goes back to the command.
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpUser user;
    private final String role;

    /** @param role the role the command needs, for the message when the user lacks it */
    public Api(HttpUser user, String role) {
        this.user = user;
        this.role = role;
    }

    public HttpReply get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public HttpReply post(URI uri, String json) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpReply send(HttpRequest.Builder builder) {
        builder.timeout(TIMEOUT).header("Accept", "application/json");
        if (!user.anonymous()) {
            builder.header("Authorization", user.authorization());
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException refused) {
            throw CliFailure.unreachable(request.method() + " " + request.uri() + ": cannot connect ("
                    + (refused.getMessage() == null ? "connection refused" : refused.getMessage())
                    + "); is the service running there?");
        } catch (HttpTimeoutException slow) {
            throw CliFailure.unreachable(request.method() + " " + request.uri() + ": no answer within " + TIMEOUT);
        } catch (IOException e) {
            throw CliFailure.unreachable(request.method() + " " + request.uri() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.unreachable(request.method() + " " + request.uri() + ": interrupted");
        }
        HttpReply reply = new HttpReply(request.uri(), response.statusCode(), response.body());
        return switch (reply.status()) {
            case 401 -> throw CliFailure.unreachable(request.method() + " " + request.uri()
                    + ": 401 Unauthorized: the credentials were not accepted, as " + user.describe()
                    + (user.anonymous() ? "" : "; wrong password, or a users file of another stack?"));
            case 403 -> throw CliFailure.unreachable(request.method() + " " + request.uri() + ": 403 Forbidden: "
                    + (role.equals(user.role()) ? user.describe() + " has the role this needs (" + role
                            + ") and is refused all the same: does this service offer it (an older version)?"
                            : user.describe() + " lacks the role this needs (" + role + "); give --user=" + role));
            default -> reply;
        };
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message == null && e.getCause() != null) {
            message = e.getCause().toString();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
