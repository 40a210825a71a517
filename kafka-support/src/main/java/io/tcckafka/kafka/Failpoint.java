package io.tcckafka.kafka;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Named places in the code where a fault test can make this process die as if killed with SIGKILL, at an exact
 * moment no signal from outside can hit: the JVM halts, with no shutdown hook, no commit, no reply, no offset
 * commit. Or, with {@code :stall=<duration>}, the thread reaching it stops there once for that long.
 * <p>
 * Armed only by the JVM system property {@code tcc.test-only.failpoint=<name>[~<text>][:stall=<duration>]}, which
 * nothing a deployment configures (properties, environment, HTTP, records) can set, and which the service reports
 * at start ({@link #armed()});
 * {@code ~<text>} fires only where the place's context (the records at hand) contains that text. Unarmed, a
 * failpoint costs one comparison.
 */
public final class Failpoint {

    /** The exit status of a process halted by a failpoint, so a test can tell it from any other death. */
    public static final int HALT_STATUS = 86;
    public static final String PROPERTY = "tcc.test-only.failpoint";

    private static final Spec ARMED = Spec.parse(System.getProperty(PROPERTY, ""));

    private Failpoint() {
    }

    /** What is armed, for the start-up log; empty when nothing is (always, outside the fault tests). */
    public static Optional<String> armed() {
        return ARMED.name().isEmpty() ? Optional.empty() : Optional.of(System.getProperty(PROPERTY));
    }

    public static void reach(String name) {
        reach(name, () -> "");
    }

    /** @param context what this place is working on, looked at only when this failpoint is armed */
    public static void reach(String name, Supplier<String> context) {
        if (ARMED.name().equals(name) && context.get().contains(ARMED.contextContains())) {
            ARMED.fire();
        }
    }

    record Spec(String name, String contextContains, Duration stall) {

        private static boolean stalled;

        static Spec parse(String value) {
            String stall = null;
            if (value.contains(":stall=")) {
                stall = value.substring(value.indexOf(":stall=") + ":stall=".length());
                value = value.substring(0, value.indexOf(":stall="));
            }
            String[] nameAndText = value.split("~", 2);
            return new Spec(nameAndText[0], nameAndText.length > 1 ? nameAndText[1] : "",
                    stall == null ? null : Duration.parse("PT" + stall.toUpperCase()));
        }

        void fire() {
            if (stall == null) {
                System.err.println("failpoint " + name + " reached: halting");
                System.err.flush();
                Runtime.getRuntime().halt(HALT_STATUS);
            }
            synchronized (Spec.class) {
                if (stalled) {
                    return;
                }
                stalled = true;
            }
            System.err.println("failpoint " + name + " reached: stalling " + stall);
            try {
                Thread.sleep(stall.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("failpoint " + name + " stalled " + stall + ": going on");
        }
    }
}
