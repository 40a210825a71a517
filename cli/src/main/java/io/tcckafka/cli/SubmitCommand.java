package io.tcckafka.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferView;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "submit", description = {
        "Submits a transfer (POST /api/transfers, role client) and waits for its outcome.",
        "One posting (--from, --to, --amount), or several (--posting, repeatable), all applied or none.",
        "Exit 0 committed, 3 aborted or rejected (with the reason), 4 still in flight when the wait ends." })
final class SubmitCommand extends ServiceCommand {

    @Option(names = "--from", paramLabel = "BANK/ACCOUNT", converter = AccountArgument.class,
            description = "the account to debit, e.g. bank-a/2")
    AccountRef from;

    @Option(names = "--to", paramLabel = "BANK/ACCOUNT", converter = AccountArgument.class,
            description = "the account to credit, e.g. bank-b/1")
    AccountRef to;

    @Option(names = "--amount", paramLabel = "AMOUNT", converter = AmountArgument.class,
            description = "a decimal, e.g. 30.00")
    BigDecimal amount;

    @Option(names = "--posting", paramLabel = "FROM,TO,AMOUNT", converter = PostingArgument.class,
            description = "one posting of several, e.g. bank-a/2,bank-c/fees,0.50 (repeatable; with --from/--to/"
                    + "--amount as well, that one comes first)")
    List<Posting> postings = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", description = "the transfer's id, its idempotency key: submitting "
            + "the same again is harmless; generated when not given")
    String id;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.class,
            description = "how long to wait for the outcome (500ms, 30s, 2m; default ${DEFAULT-VALUE})")
    Duration wait;

    @Option(names = "--no-wait", description = "print the status the orchestrator answers and exit (0, or 3 when "
            + "rejected at once)")
    boolean noWait;

    @Override
    public Integer call() {
        TransferRequest request = request();
        Api api = connection.api(Roles.CLIENT);
        HttpReply accepted = api.post(connection.orchestrator("/api/transfers"), EventJson.write(request));
        if (accepted.status() == 409) {
            throw CliFailure.usage("transfer " + request.transferId() + " was submitted before with another "
                    + "request: " + accepted.problem());
        }
        if (accepted.status() != 202) {
            throw unexpected(accepted);
        }
        HttpReply last = accepted;
        TransferView transfer = read(accepted, TransferView.class);
        if (!noWait) {
            TransferPolling polling = new TransferPolling(api, connection.orchestrator("/api/transfers/"
                    + request.transferId()));
            last = polling.untilTerminal(wait);
            transfer = read(last, TransferView.class);
        }
        if (connection.json) {
            printJson(last);
        } else {
            print(TransferText.outcome(transfer) + (transfer.status().isTerminal() || noWait ? ""
                    : "  (still in flight after " + wait.toString().substring(2).toLowerCase() + ")"));
        }
        int exit = Outcomes.exitCode(transfer.status());
        return noWait && exit == ExitCodes.IN_FLIGHT ? ExitCodes.OK : exit;
    }

    private TransferRequest request() {
        String transferId = id == null ? "cli-" + UUID.randomUUID() : checkedId("transfer id", id);
        boolean single = from != null || to != null || amount != null;
        if (single && (from == null || to == null || amount == null)) {
            throw CliFailure.usage("--from, --to and --amount go together (or give each posting with --posting)");
        }
        if (!single && postings.isEmpty()) {
            throw CliFailure.usage("nothing to transfer: give --from, --to and --amount, or --posting FROM,TO,AMOUNT");
        }
        if (postings.isEmpty()) {
            return new TransferRequest(transferId, from, to, amount);
        }
        List<Posting> all = new ArrayList<>();
        if (single) {
            all.add(new Posting(from, to, amount));
        }
        all.addAll(postings);
        return TransferRequest.of(transferId, all);
    }
}
