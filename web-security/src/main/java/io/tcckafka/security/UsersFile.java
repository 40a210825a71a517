package io.tcckafka.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The HTTP users of the sandbox and the tests: a properties file of lines {@code <role>=<user>:<password>}, one
 * user per role, which a person reads to log in and each service reads to check them.
 */
public final class UsersFile {

    /** One user: its name, its password, the role it has. */
    public record User(String role, String name, String password) {

        /** {@code Authorization: Basic …} for this user. */
        public String basicAuthorization() {
            return "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private UsersFile() {
    }

    public static Map<String, User> read(Path file) {
        Properties lines = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            lines.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
        Map<String, User> users = new LinkedHashMap<>();
        for (String role : lines.stringPropertyNames()) {
            String value = lines.getProperty(role);
            int colon = value.indexOf(':');
            if (colon < 1 || colon == value.length() - 1) {
                throw new IllegalArgumentException("users file " + file + ": " + role
                        + " must be <user>:<password>, e.g. " + role + "=alice:secret");
            }
            users.put(role, new User(role, value.substring(0, colon), value.substring(colon + 1)));
        }
        return users;
    }

    /** Writes the file readable by its owner alone. */
    public static void write(Path file, Map<String, User> users) {
        StringBuilder text = new StringBuilder("# HTTP users: <role>=<user>:<password> (docs/security.md)\n");
        users.values().forEach(u -> text.append(u.role()).append('=').append(u.name()).append(':')
                .append(u.password()).append('\n'));
        OwnerOnlyFiles.write(file, text.toString());
    }
}
