package io.tcckafka.chaos;

import java.time.Duration;

/**
 * One fault of a chaos run: what happens, to which process or path, and for how long. {@code failpoint} is set for
 * {@link Kind#HALT_AT_FAILPOINT} only.
 */
public record Fault(Duration at, Kind kind, String target, Duration lasting, String failpoint) {

    public enum Kind {
        /** SIGKILL, then started again. */
        KILL,
        /** Restarted with a failpoint armed, halts there, started again. */
        HALT_AT_FAILPOINT,
        /** SIGSTOP for a while, then SIGCONT. */
        PAUSE,
        /** Every database connection of the instance reset at once. */
        CUT_DATABASE,
        /** The instance's database refuses connections for a while. */
        DATABASE_DOWN,
        /** Nothing flows between the instance and the broker for a while, and nobody is told. */
        FREEZE_KAFKA,
        /** Every broker connection of the instance reset at once. */
        CUT_KAFKA,
        /** The broker killed with SIGKILL and started again on its data. */
        KILL_BROKER,
        /** The MariaDB server shut down and started again, where {@link io.tcckafka.launcher.DatabaseServer} can. */
        RESTART_DATABASE_SERVER
    }

    @Override
    public String toString() {
        String when = String.format("%02d:%02d.%d", at.toMinutes(), at.toSecondsPart(), at.toMillisPart() / 100);
        String what = switch (kind) {
            case KILL -> "kill -9 " + target + ", start it again";
            case HALT_AT_FAILPOINT -> "halt " + target + " at " + failpoint + ", start it again";
            case PAUSE -> "SIGSTOP " + target + " for " + seconds(lasting) + ", SIGCONT";
            case CUT_DATABASE -> "reset every database connection of " + target;
            case DATABASE_DOWN -> "database unreachable from " + target + " for " + seconds(lasting);
            case FREEZE_KAFKA -> "broker path of " + target + " frozen for " + seconds(lasting);
            case CUT_KAFKA -> "reset every broker connection of " + target;
            case KILL_BROKER -> "kill -9 the broker, start it again";
            case RESTART_DATABASE_SERVER -> "restart the MariaDB server";
        };
        return when + "  " + what;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + "s";
    }
}
