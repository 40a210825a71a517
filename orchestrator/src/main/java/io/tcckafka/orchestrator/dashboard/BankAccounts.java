package io.tcckafka.orchestrator.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.tcckafka.events.AccountView;
import io.tcckafka.kafka.Abbreviation;

/**
 * Each configured bank's accounts, read from the bank's {@code GET /api/accounts}, so that the browser talks to the
 * orchestrator alone. A bank that does not answer in time is shown as unavailable.
 */
@Component
class BankAccounts {

    private static final ParameterizedTypeReference<List<AccountView>> ACCOUNTS = new ParameterizedTypeReference<>() {
    };

    private final Map<String, URI> banks;
    private final int accountsPerBank;
    private final RestClient http;

    BankAccounts(DashboardProperties properties) {
        this.banks = properties.bankUrls();
        this.accountsPerBank = properties.accountsPerBank();
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.bankTimeout()).build());
        requests.setReadTimeout(properties.bankTimeout());
        RestClient.Builder client = RestClient.builder().requestFactory(requests);
        if (properties.bankUsername() != null && !properties.bankUsername().isBlank()) {
            client.defaultHeaders(headers -> headers.setBasicAuth(properties.bankUsername(),
                    properties.bankPassword() == null ? "" : properties.bankPassword()));
        }
        this.http = client.build();
    }

    List<BankAccountsView> all() {
        return banks.entrySet().stream().map(bank -> of(bank.getKey(), bank.getValue())).toList();
    }

    private BankAccountsView of(String bank, URI baseUrl) {
        try {
            // one more than shown, to tell whether there are more
            List<AccountView> accounts = http.get()
                    .uri(baseUrl + "/api/accounts?limit={limit}", accountsPerBank + 1)
                    .retrieve().body(ACCOUNTS);
            List<AccountView> shown = accounts == null ? List.of() : accounts;
            return new BankAccountsView(bank, baseUrl, true, null,
                    shown.stream().limit(accountsPerBank).toList(), shown.size() > accountsPerBank);
        } catch (RestClientException e) {
            return new BankAccountsView(bank, baseUrl, false, why(e), List.of(), false);
        }
    }

    private static String why(RestClientException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return Abbreviation.of(message, 200);
    }

    /** {@code more}: the bank has accounts beyond those listed. */
    record BankAccountsView(String bank, URI url, boolean available, String error, List<AccountView> accounts,
            boolean more) {
    }
}
