package io.tcckafka.events;

import java.util.regex.Pattern;

/** The one rule for transfer ids, bank ids and account ids: they fit their columns and their log lines. */
public final class Identifiers {

    public static final String RULE = "1 to 64 letters, digits or any of - _ . :";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private Identifiers() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
