package io.tcckafka.cli;

/** Ends a command with a message for the person who ran it and an exit code ({@link ExitCodes}). */
public final class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }

    public static CliFailure unreachable(String message) {
        return new CliFailure(ExitCodes.UNREACHABLE, message);
    }

    public static CliFailure negative(String message) {
        return new CliFailure(ExitCodes.NEGATIVE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
