package io.tcckafka.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Whom requests are sent as: a user and password, or nobody (a stack started {@code --insecure} has no users file).
 * {@code role} is the user's role in the users file, null when not known; {@code source} says where the password came
 * from, for error messages.
 */
public record HttpUser(String name, String password, String role, String source) {

    public static HttpUser nobody(String why) {
        return new HttpUser(null, null, null, why);
    }

    public boolean anonymous() {
        return name == null;
    }

    /** The {@code Authorization} header, or null for nobody. */
    public String authorization() {
        return anonymous() ? null : "Basic " + Base64.getEncoder().encodeToString(
                (name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Never the password, wherever the record is printed. */
    @Override
    public String toString() {
        return describe();
    }

    /** For messages: {@code user operator (from tcc-data/credentials/http-users.properties)}. */
    public String describe() {
        return anonymous() ? "no user (" + source + ")" : "user " + name + " (password from " + source + ")";
    }
}
