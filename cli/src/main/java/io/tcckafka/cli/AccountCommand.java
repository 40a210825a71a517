package io.tcckafka.cli;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.AccountView;
import io.tcckafka.security.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "account", description = {
        "Shows an account at its bank (GET {bank}/api/accounts/{account}, role operator): balance, frozen, "
                + "incoming, available.",
        "Exit 3 when the bank has no such account." })
final class AccountCommand extends ServiceCommand {

    @Parameters(paramLabel = "BANK/ACCOUNT", converter = AccountArgument.class, description = "e.g. bank-a/2")
    AccountRef account;

    @Override
    public Integer call() {
        HttpReply reply = connection.api(Roles.OPERATOR).get(connection.bank(account.bank(),
                "/api/accounts/" + checkedId("account", account.account())));
        if (reply.status() == 404) {
            throw CliFailure.negative(account.bank() + " has no account " + account.account());
        }
        if (reply.status() != 200) {
            throw unexpected(reply);
        }
        if (connection.json) {
            printJson(reply);
        } else {
            print(AccountText.of(account, read(reply, AccountView.class)));
        }
        return ExitCodes.OK;
    }
}
