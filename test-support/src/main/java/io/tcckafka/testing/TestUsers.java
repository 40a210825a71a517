package io.tcckafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * An HTTP user per role (client, operator, admin) with a fresh password, in a users file the services read
 * ({@code tcc.security.users-file}), as the sandbox writes it.
 */
public final class TestUsers {

    private final Path file;
    private final Map<String, UsersFile.User> users = new LinkedHashMap<>();

    private TestUsers() {
        for (String role : List.of(Roles.CLIENT, Roles.OPERATOR, Roles.ADMIN)) {
            users.put(role, new UsersFile.User(role, role + "-user", ClusterAccess.newPassword()));
        }
        try {
            file = Files.createTempFile("tcc-http-users-", ".properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
        UsersFile.write(file, users);
    }

    public static TestUsers create() {
        return new TestUsers();
    }

    public Path file() {
        return file;
    }

    public Map<String, UsersFile.User> all() {
        return Map.copyOf(users);
    }

    public UsersFile.User user(String role) {
        return users.get(role);
    }

    /** Adds the role's HTTP Basic credentials to a request. */
    public HttpRequest.Builder as(String role, HttpRequest.Builder request) {
        return request.header("Authorization", user(role).basicAuthorization());
    }

    public Map<String, String> springProperties() {
        return Map.of("tcc.security.users-file", file.toString());
    }

    public List<String> springArguments() {
        return List.of("--tcc.security.users-file=" + file);
    }
}
