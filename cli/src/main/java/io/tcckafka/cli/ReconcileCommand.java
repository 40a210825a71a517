package io.tcckafka.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.ReconciliationReport;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reconcile", description = {
        "Runs a reconciliation now (POST /api/reconciliations, role operator): the orchestrator's ended transfers "
                + "against every bank's journal, over a time window (docs/operations.md).",
        "Exit 0 when complete with no discrepancy, 3 when it found discrepancies, 2 when a bank's journal could "
                + "not be read." })
final class ReconcileCommand extends ServiceCommand {

    @Option(names = "--from", paramLabel = "TIME", converter = InstantArgument.class,
            description = "the window's start (ISO-8601, or a day); the orchestrator's default when not given")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = InstantArgument.class,
            description = "the window's end; the orchestrator's default when not given")
    Instant to;

    @Override
    public Integer call() {
        Map<String, Object> window = new LinkedHashMap<>();
        if (from != null) {
            window.put("from", from.toString());
        }
        if (to != null) {
            window.put("to", to.toString());
        }
        HttpReply reply = connection.api(Roles.OPERATOR).post(connection.orchestrator("/api/reconciliations"),
                EventJson.write(window));
        if (reply.status() == 404) {
            throw CliFailure.unreachable(reply.uri() + " answered 404: this orchestrator runs no reconciliations "
                    + "(an older version?)");
        }
        if (reply.status() != 200 && reply.status() != 201) {
            throw unexpected(reply);
        }
        ReconciliationReport report = read(reply, ReconciliationReport.class);
        if (connection.json) {
            printJson(reply);
        } else {
            print(ReconciliationText.of(report));
        }
        return exitCode(report);
    }

    static int exitCode(ReconciliationReport report) {
        if (!report.complete()) {
            return ExitCodes.UNREACHABLE;
        }
        return report.discrepancies() == null || report.discrepancies().isEmpty() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
