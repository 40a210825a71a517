package io.tcckafka.cli;

/** What {@code tcc} exits with (docs/cli.md, "Exit codes"). */
public final class ExitCodes {

    /** Done: the transfer committed, nothing wrong was found. */
    public static final int OK = 0;
    /** The command line, or the request it makes, is wrong. */
    public static final int USAGE = 1;
    /** A service could not be reached, or did not accept the credentials; a reconciliation that is incomplete. */
    public static final int UNREACHABLE = 2;
    /** The answer is a no: aborted or rejected, no such transfer or account, discrepancies found. */
    public static final int NEGATIVE = 3;
    /** Still in flight when the wait ended. */
    public static final int IN_FLIGHT = 4;

    private ExitCodes() {
    }
}
