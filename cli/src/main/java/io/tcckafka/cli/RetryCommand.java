package io.tcckafka.cli;

import io.tcckafka.events.SettlingView;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = {
        "Sends a stuck transfer's pending Confirms or Cancels again now (POST /api/transfers/{id}/retry, role "
                + "operator).",
        "Exit 0 when they go out, 3 when the transfer is not settling or unknown, 4 when they went out moments ago "
                + "(try again after the time it says)." })
final class RetryCommand extends ServiceCommand {

    @Parameters(paramLabel = "ID", description = "the transfer's id")
    String id;

    @Override
    public Integer call() {
        HttpReply reply = connection.api(Roles.OPERATOR)
                .post(connection.orchestrator("/api/transfers/" + checkedId("transfer id", id) + "/retry"), null);
        return switch (reply.status()) {
            case 202 -> {
                if (connection.json) {
                    printJson(reply);
                } else {
                    SettlingView settling = read(reply, SettlingView.class);
                    print(id + ": its pending " + settling.phase() + " commands go out again now ("
                            + settling.pending().size() + " branches waiting, " + settling.attempts()
                            + " attempts so far)");
                }
                yield ExitCodes.OK;
            }
            case 404 -> throw CliFailure.negative("no transfer " + id);
            case 409 -> throw CliFailure.negative(id + " is not confirming or cancelling, nothing to send again: "
                    + reply.problem());
            case 429 -> throw new CliFailure(ExitCodes.IN_FLIGHT, id + ": its commands went out moments ago; "
                    + reply.problem());
            default -> throw unexpected(reply);
        };
    }
}
