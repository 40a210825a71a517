package io.tcckafka.orchestrator.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param banks           {@code bank=baseUrl} entries (e.g. {@code bank-a=http://localhost:8081}): where the dashboard
 *                        reads each bank's accounts. One comma-separated value rather than a map, so that a single
 *                        environment variable sets it (map keys such as {@code bank-a} cannot be spelled in one)
 * @param bankTimeout     connect and read timeout of each call to a bank
 * @param accountsPerBank how many accounts of each bank the dashboard shows
 * @param bankUsername    an operator of the banks (HTTP Basic), as whom the dashboard reads their accounts; none: the
 *                        calls carry no credentials, and a secured bank answers 401
 * @param bankPassword    that operator's password
 */
@ConfigurationProperties("tcc.orchestrator.dashboard")
public record DashboardProperties(List<String> banks, Duration bankTimeout, int accountsPerBank, String bankUsername,
        String bankPassword) {

    public DashboardProperties {
        banks = banks == null ? List.of() : List.copyOf(banks);
        bankUrls(banks);
    }

    /** Base URL by bank, in the configured order. */
    public Map<String, URI> bankUrls() {
        return bankUrls(banks);
    }

    private static Map<String, URI> bankUrls(List<String> entries) {
        Map<String, URI> urls = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 1 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("tcc.orchestrator.dashboard.banks: '" + entry
                        + "' is not bank=baseUrl, e.g. bank-a=http://localhost:8081");
            }
            urls.put(entry.substring(0, equals).trim(), URI.create(entry.substring(equals + 1).trim()));
        }
        return urls;
    }
}
