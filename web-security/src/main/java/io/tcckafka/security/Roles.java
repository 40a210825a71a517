package io.tcckafka.security;

/**
 * Who may call what over HTTP (docs/security.md). An admin may do all an operator may; a client is no operator.
 * <ul>
 * <li>{@code client}: submit transfers, read their status;</li>
 * <li>{@code operator}: the dashboard, stuck transfers and retry, read transfers and accounts, the actuator beyond
 * health;</li>
 * <li>{@code admin}: open accounts with an opening balance (audited).</li>
 * </ul>
 */
public final class Roles {

    public static final String CLIENT = "client";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    /** The hierarchy Spring Security applies to every rule. */
    static final String HIERARCHY = "ROLE_" + ADMIN + " > ROLE_" + OPERATOR;

    private Roles() {
    }

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
