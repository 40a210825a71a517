package io.tcckafka.orchestrator.dashboard;

import java.net.URI;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import io.tcckafka.events.AccountView;
import io.tcckafka.orchestrator.banks.BankClients;

/**
 * Each configured bank's accounts, read from the bank's {@code GET /api/accounts}, so that the browser talks to the
 * orchestrator alone. A bank that does not answer in time is shown as unavailable.
 */
@Component
class BankAccounts {

    private final BankClients banks;
    private final int accountsPerBank;

    BankAccounts(BankClients banks, DashboardProperties properties) {
        this.banks = banks;
        this.accountsPerBank = properties.accountsPerBank();
    }

    List<BankAccountsView> all() {
        return banks.banks().entrySet().stream().map(bank -> of(bank.getKey(), bank.getValue())).toList();
    }

    private BankAccountsView of(String bank, URI baseUrl) {
        try {
            // one more than shown, to tell whether there are more
            List<AccountView> accounts = banks.accounts(bank, accountsPerBank + 1);
            return new BankAccountsView(bank, baseUrl, true, null,
                    accounts.stream().limit(accountsPerBank).toList(), accounts.size() > accountsPerBank);
        } catch (RestClientException e) {
            return new BankAccountsView(bank, baseUrl, false, BankClients.why(e), List.of(), false);
        }
    }

    /** {@code more}: the bank has accounts beyond those listed. */
    record BankAccountsView(String bank, URI url, boolean available, String error, List<AccountView> accounts,
            boolean more) {
    }
}
