package io.tcckafka.cli;

import io.tcckafka.events.TransferView;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
        "Shows a transfer (GET /api/transfers/{id}, role client or operator): status, reason, postings, branches.",
        "Exit 3 when there is no such transfer." })
final class ShowCommand extends ServiceCommand {

    @Parameters(paramLabel = "ID", description = "the transfer's id")
    String id;

    @Override
    public Integer call() {
        HttpReply reply = connection.api(Roles.CLIENT)
                .get(connection.orchestrator("/api/transfers/" + checkedId("transfer id", id)));
        if (reply.status() == 404) {
            throw CliFailure.negative("no transfer " + id);
        }
        if (reply.status() != 200) {
            throw unexpected(reply);
        }
        if (connection.json) {
            printJson(reply);
        } else {
            print(TransferText.whole(read(reply, TransferView.class)));
        }
        return ExitCodes.OK;
    }
}
