package io.tcckafka.cli;

import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.SettlingView;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

@Command(name = "stuck", description = {
        "Lists the transfers whose Confirm or Cancel keeps going unacknowledged (GET /api/stuck-transfers, role "
                + "operator), longest settling first, every page. docs/operations.md says what to do about them." })
final class StuckCommand extends ServiceCommand {

    private static final int PAGE = 1000;

    @Override
    public Integer call() {
        Api api = connection.api(Roles.OPERATOR);
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        while (true) {
            HttpReply reply = api.get(connection.orchestrator("/api/stuck-transfers?limit=" + PAGE
                    + (after == null ? "" : "&after=" + after)));
            if (reply.status() != 200) {
                throw unexpected(reply);
            }
            JsonNode page = read(reply, JsonNode.class);
            page.forEach(all::add);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).get("transferId").stringValue();
        }
        if (connection.json) {
            print(EventJson.write(all));
        } else {
            print(StuckText.of(all.stream().map(node -> EventJson.read(EventJson.write(node), SettlingView.class))
                    .toList()));
        }
        return ExitCodes.OK;
    }
}
