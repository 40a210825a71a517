package io.tcckafka.orchestrator.reconciliation;

import java.time.Duration;
import java.time.Instant;

/** The time range {@code [from, to)} a reconciliation judges: the transfers that ended in it. */
public record Window(Instant from, Instant to) {

    public Window {
        if (from == null || to == null) {
            throw new InvalidWindowException("a window needs both from and to");
        }
        if (!from.isBefore(to)) {
            throw new InvalidWindowException("from (" + from + ") must be before to (" + to + ")");
        }
    }

    /** A window no longer than {@code longest}. */
    public static Window of(Instant from, Instant to, Duration longest) {
        Window window = new Window(from, to);
        if (window.length().compareTo(longest) > 0) {
            throw new InvalidWindowException("a window may be at most " + longest.toDays() + " days long, not "
                    + window.length());
        }
        return window;
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
