package io.tcckafka.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.tcckafka.security.UsersFile;

/**
 * The credentials folder the sandbox writes ({@code tcc-data/credentials}): {@code http-users.properties}, lines
 * {@code <role>=<user>:<password>}, and a Kafka client settings file per principal ({@code client.properties}, …).
 */
public final class Credentials {

    static final String HTTP_USERS = "http-users.properties";

    private final Path folder;

    public Credentials(Path folder) {
        this.folder = folder;
    }

    /**
     * The HTTP user to send as. {@code user} names a role of the users file ({@code client}, {@code operator},
     * {@code admin}) or a user in it, and is the default role when null; with {@code password} given (from
     * {@code TCC_HTTP_PASSWORD}) the file is not read. Without a users file, nobody: an insecure stack needs none, a
     * secure one answers 401 and the message says the file is missing.
     */
    public HttpUser httpUser(String user, String defaultRole, String password) {
        if (password != null && user != null) {
            return new HttpUser(user, password, null, "TCC_HTTP_PASSWORD");
        }
        Path file = usersFile();
        if (!Files.isReadable(file)) {
            return HttpUser.nobody(file + " does not exist");
        }
        Map<String, UsersFile.User> users;
        try {
            users = UsersFile.read(file);
        } catch (RuntimeException unreadable) {
            throw CliFailure.unreachable("cannot read " + file + ": " + unreadable.getMessage());
        }
        String wanted = user == null ? defaultRole : user;
        UsersFile.User found = users.containsKey(wanted) ? users.get(wanted)
                : users.values().stream().filter(u -> u.name().equals(wanted)).findFirst().orElse(null);
        if (found == null) {
            throw CliFailure.unreachable(file + " has no user or role '" + wanted + "' (it has " + users.keySet()
                    + "); give --user with one of them, or TCC_HTTP_PASSWORD for another user");
        }
        return new HttpUser(found.name(), found.password(), found.role(), file.toString());
    }

    public Path usersFile() {
        return folder.resolve(HTTP_USERS);
    }

    /** The Kafka client settings of a principal, e.g. {@code client.properties}. */
    public Path kafkaSettings(String principal) {
        return folder.resolve(principal + ".properties");
    }
}
