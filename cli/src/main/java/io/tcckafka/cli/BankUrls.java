package io.tcckafka.cli;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each bank's account API is: the sandbox's by default, then {@code TCC_BANKS} ({@code name=url,…}), then each
 * {@code --bank name=url}, each overriding the one before for the same bank.
 */
public final class BankUrls {

    public static final Map<String, URI> SANDBOX = sandbox();

    private final Map<String, URI> urls;

    private BankUrls(Map<String, URI> urls) {
        this.urls = urls;
    }

    public static BankUrls of(String environment, Map<String, String> given) {
        Map<String, URI> urls = new LinkedHashMap<>(SANDBOX);
        if (environment != null && !environment.isBlank()) {
            for (String pair : environment.split(",")) {
                int equals = pair.indexOf('=');
                if (equals < 1) {
                    throw CliFailure.usage("TCC_BANKS: '" + pair + "' is not name=url");
                }
                urls.put(pair.substring(0, equals).strip(), url(pair.substring(equals + 1).strip()));
            }
        }
        given.forEach((bank, url) -> urls.put(bank, url(url)));
        return new BankUrls(urls);
    }

    public URI of(String bank) {
        URI url = urls.get(bank);
        if (url == null) {
            throw CliFailure.usage("no URL for bank " + bank + " (known: " + String.join(", ", urls.keySet())
                    + "); give --bank " + bank + "=http://host:port");
        }
        return url;
    }

    /** A service's base URL, without a trailing slash. */
    public static URI url(String text) {
        try {
            URI url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (url.getScheme() == null || url.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("not a URL: '" + text + "' (e.g. http://localhost:8081)");
        }
    }

    private static Map<String, URI> sandbox() {
        Map<String, URI> urls = new LinkedHashMap<>();
        urls.put("bank-a", URI.create("http://localhost:8081"));
        urls.put("bank-b", URI.create("http://localhost:8082"));
        urls.put("bank-c", URI.create("http://localhost:8083"));
        return Collections.unmodifiableMap(urls);
    }
}
