package io.tcckafka.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tcckafka.provisioning.ClusterAccess;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;

/**
 * How the people and services of a running stack reach it: each Kafka principal ({@link ClusterAccess}), and the
 * HTTP users of each role in the users file every service reads. Without a users file the stack is insecure: the
 * services authenticate nobody.
 */
public record StackAccess(ClusterAccess kafka, Path usersFile, Map<String, UsersFile.User> http) {

    public StackAccess {
        http = Map.copyOf(http);
    }

    public static StackAccess secure(ClusterAccess kafka, Path usersFile) {
        return new StackAccess(kafka, usersFile, UsersFile.read(usersFile));
    }

    public static StackAccess insecure(ClusterAccess kafka) {
        return new StackAccess(kafka, null, Map.of());
    }

    public boolean secure() {
        return usersFile != null;
    }

    /** The HTTP user of a role; null for no role, and on an insecure stack, where no credentials are needed. */
    public UsersFile.User user(String role) {
        return role == null ? null : http.get(role);
    }

    /** What every service gets: its HTTP users, or the word that it has none. */
    public List<String> serviceArguments() {
        return secure() ? List.of("--tcc.security.users-file=" + usersFile.toAbsolutePath())
                : List.of("--tcc.security.insecure=true");
    }

    /** What the orchestrator gets besides: as whom its dashboard reads the banks' accounts. */
    public List<String> dashboardArguments() {
        List<String> arguments = new ArrayList<>();
        UsersFile.User operator = user(Roles.OPERATOR);
        if (operator != null) {
            arguments.add("--tcc.orchestrator.dashboard.bank-username=" + operator.name());
            arguments.add("--tcc.orchestrator.dashboard.bank-password=" + operator.password());
        }
        return arguments;
    }
}
