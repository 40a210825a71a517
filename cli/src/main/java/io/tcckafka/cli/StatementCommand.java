package io.tcckafka.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "statement", description = {
        "Lists an account's journal entries in a time window, every page (GET {bank}/api/accounts/{account}/statement,"
                + " role operator): what each entry changed and the money after it.",
        "Exit 3 when the bank has no such account." })
final class StatementCommand extends ServiceCommand {

    @Parameters(paramLabel = "BANK/ACCOUNT", converter = AccountArgument.class, description = "e.g. bank-a/2")
    AccountRef account;

    @Option(names = "--from", paramLabel = "TIME", converter = InstantArgument.class,
            description = "entries written at or after (ISO-8601, or a day: its start in UTC); from the first "
                    + "when not given")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = InstantArgument.class,
            description = "entries written before (exclusive); up to the last when not given")
    Instant to;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "500",
            description = "entries asked for per request, 1 to 1000 (default ${DEFAULT-VALUE}); every page is read")
    int pageSize;

    @Override
    public Integer call() {
        Api api = connection.api(Roles.OPERATOR);
        String path = "/api/accounts/" + checkedId("account", account.account()) + "/statement";
        List<JournalEntry> entries = new ArrayList<>();
        JournalPage first = null;
        Long after = null;
        do {
            HttpReply reply = api.get(connection.bank(account.bank(), path + query(after)));
            if (reply.status() == 404) {
                throw CliFailure.negative(account.bank() + " has no account " + account.account() + " (404 from "
                        + reply.uri() + ")");
            }
            if (reply.status() != 200) {
                throw unexpected(reply);
            }
            JournalPage page = read(reply, JournalPage.class);
            first = first == null ? page : first;
            entries.addAll(page.entries() == null ? List.of() : page.entries());
            after = page.next();
        } while (after != null);
        if (connection.json) {
            print(EventJson.write(new JournalPage(first.account(), first.from(), first.to(), entries, null)));
        } else {
            print(StatementText.of(account, entries));
        }
        return ExitCodes.OK;
    }

    private String query(Long after) {
        StringBuilder query = new StringBuilder("?limit=").append(pageSize);
        if (from != null) {
            query.append("&from=").append(from);
        }
        if (to != null) {
            query.append("&to=").append(to);
        }
        if (after != null) {
            query.append("&after=").append(after);
        }
        return query.toString();
    }
}
