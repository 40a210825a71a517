package io.tcckafka.orchestrator.banks;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.JournalPage;
import io.tcckafka.kafka.Abbreviation;
import io.tcckafka.orchestrator.dashboard.DashboardProperties;

/**
 * The orchestrator's one HTTP client of the banks' APIs, as an operator of the banks: for the dashboard's accounts and
 * the reconciliation's journals. Where each bank is, the timeout and the credentials are the
 * {@code tcc.orchestrator.dashboard.bank*} properties (docs/dashboard.md), kept under that name since the dashboard
 * was their first user.
 */
@Component
public class BankClients {

    private static final ParameterizedTypeReference<List<AccountView>> ACCOUNTS = new ParameterizedTypeReference<>() {
    };

    private final Map<String, URI> banks;
    private final RestClient http;

    public BankClients(DashboardProperties properties) {
        this.banks = properties.bankUrls();
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.bankTimeout()).build());
        requests.setReadTimeout(properties.bankTimeout());
        // the banks' answers read by the contract's rules (money a decimal string, unknown fields ignored)
        JsonMapper contract = EventJson.contractRules(JsonMapper.builder()).build();
        RestClient.Builder client = RestClient.builder().requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .withJsonConverter(new JacksonJsonHttpMessageConverter(contract)));
        if (properties.bankUsername() != null && !properties.bankUsername().isBlank()) {
            client.defaultHeaders(headers -> headers.setBasicAuth(properties.bankUsername(),
                    properties.bankPassword() == null ? "" : properties.bankPassword()));
        }
        this.http = client.build();
    }

    /** Base URL by bank, in the configured order. */
    public Map<String, URI> banks() {
        return banks;
    }

    /** {@code GET /api/accounts?limit=}: the bank's first accounts. */
    public List<AccountView> accounts(String bank, int limit) {
        List<AccountView> accounts = http.get().uri(url(bank) + "/api/accounts?limit={limit}", limit)
                .retrieve().body(ACCOUNTS);
        return accounts == null ? List.of() : accounts;
    }

    /** {@code GET /api/journal}: one page of the bank's entries written in {@code [from, to)} after entry {@code after}. */
    public JournalPage journal(String bank, Instant from, Instant to, Long after, int limit) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(url(bank)).path("/api/journal")
                .queryParam("from", from).queryParam("to", to).queryParam("limit", limit);
        if (after != null) {
            uri.queryParam("after", after);
        }
        JournalPage page = http.get().uri(uri.build().encode().toUri()).retrieve().body(JournalPage.class);
        if (page == null || page.entries() == null) {
            throw new RestClientException(bank + " answered its journal with no entries list");
        }
        return page;
    }

    /** Why a call failed, in a line short enough to show. */
    public static String why(RestClientException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return Abbreviation.of(message, 200);
    }

    private URI url(String bank) {
        URI url = banks.get(bank);
        if (url == null) {
            throw new IllegalArgumentException("no URL for bank " + bank);
        }
        return url;
    }
}
