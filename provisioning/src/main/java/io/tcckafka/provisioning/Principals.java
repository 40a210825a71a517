package io.tcckafka.provisioning;

import java.util.Locale;
import java.util.Set;

/**
 * The Kafka principals of a deployment (SCRAM user names). Each bank is a principal named as the bank; clients and
 * operators are named in the {@link Deployment}. Each service's consumer group is its principal's name; a client or
 * operator may use the groups whose name starts with its own followed by {@code -}.
 */
public final class Principals {

    /** The broker's own principal and the super user that provisions: never used by a service. */
    public static final String ADMIN = "admin";
    public static final String ORCHESTRATOR = "orchestrator";
    public static final String CLIENT = "client";
    public static final String OPERATOR = "operator";

    /** Names no bank may take: they are principals or consumer groups of their own. */
    static final Set<String> RESERVED = Set.of(ADMIN, ORCHESTRATOR);

    private Principals() {
    }

    /** The prefix of the consumer groups a client or operator may use: {@code client-…}. */
    public static String groupPrefix(String principal) {
        return principal + "-";
    }

    /**
     * Where {@code tcc-provision kafka} finds a principal's password: {@code TCC_KAFKA_PASSWORD_BANK_A} for
     * {@code bank-a}.
     */
    public static String passwordVariable(String principal) {
        return "TCC_KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
