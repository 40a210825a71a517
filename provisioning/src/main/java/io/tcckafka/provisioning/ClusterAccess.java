package io.tcckafka.provisioning;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;

/**
 * A deployment's cluster as its principals reach it: the super user's access and every principal's password. What
 * the sandbox, the tests, the fault runner and the benchmark hand around to connect as the right principal.
 */
public record ClusterAccess(KafkaAccess admin, Deployment deployment, Map<String, String> passwords) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public ClusterAccess {
        passwords = Map.copyOf(passwords);
    }

    /**
     * Provisions the cluster (topics, users, ACLs; only topics on an insecure one) and returns how each principal
     * reaches it.
     */
    public static ClusterAccess provision(KafkaAccess admin, Deployment deployment, Map<String, String> passwords) {
        try (Admin client = Admin.create(admin.clientConfig())) {
            if (admin.protocol().authenticates()) {
                Provisioner.apply(client, deployment, passwords);
            } else {
                Provisioner.applyTopics(client, deployment);
            }
        }
        return new ClusterAccess(admin, deployment, passwords);
    }

    /** How {@code principal} (admin included) reaches the cluster. */
    public KafkaAccess as(String principal) {
        if (principal.equals(Principals.ADMIN)) {
            return admin;
        }
        String password = passwords.get(principal);
        if (password == null && admin.protocol().authenticates()) {
            throw new IllegalArgumentException("no password for principal " + principal + "; principals: "
                    + passwords.keySet());
        }
        return admin.as(principal, password);
    }

    public String bootstrapServers() {
        return admin.bootstrapServers();
    }

    /** A new random password for every principal of the deployment. */
    public static Map<String, String> newPasswords(Deployment deployment) {
        Map<String, String> passwords = new LinkedHashMap<>();
        deployment.principals().forEach(principal -> passwords.put(principal, newPassword()));
        return passwords;
    }

    /** 24 characters from 56 letters and digits (139 bits), none that a JAAS string or a shell must escape. */
    public static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
