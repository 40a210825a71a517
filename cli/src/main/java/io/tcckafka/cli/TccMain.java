package io.tcckafka.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tcc}: the command-line client of users and operators (docs/cli.md). Plain picocli, {@code java.net.http} and
 * kafka-clients: no Spring, so it starts in a moment.
 */
@Command(name = "tcc", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "tcc 0.1.0",
        subcommands = { SubmitCommand.class, ShowCommand.class, WatchCommand.class, StuckCommand.class,
                RetryCommand.class, AccountCommand.class, StatementCommand.class, ReconcileCommand.class },
        description = { "Transfers, accounts and reconciliation of a tcc-kafka system, with the credentials the "
                + "sandbox writes (tcc-data/credentials) or any given.",
                "Exit codes: 0 done, 1 usage, 2 unreachable or not authenticated, 3 a no (aborted, rejected, not "
                        + "found, discrepancies), 4 still in flight." })
public final class TccMain implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The whole command, printing to {@code out} and {@code err}: what {@link #main} runs, and the tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TccMain());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(TccMain::usageError);
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            PrintWriter errors = command.getErr();
            if (failure instanceof CliFailure known) {
                errors.println("tcc " + command.getCommandName() + ": " + known.getMessage());
                errors.flush();
                return known.exitCode();
            }
            errors.println("tcc " + command.getCommandName() + ": " + failure);
            errors.flush();
            return ExitCodes.UNREACHABLE;
        });
        return commandLine;
    }

    /** {@code tcc} without a command. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    private static int usageError(ParameterException wrong, String[] args) {
        CommandLine command = wrong.getCommandLine();
        PrintWriter errors = command.getErr();
        errors.println("tcc: " + wrong.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(wrong, errors)) {
            errors.println("(tcc " + (command.getParent() == null ? "" : command.getCommandName() + " ") + "--help "
                    + "says more)");
        }
        errors.flush();
        return ExitCodes.USAGE;
    }
}
