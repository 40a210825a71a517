package io.tcckafka.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** What every command takes: whose credentials, which services, and whether to print JSON. */
public final class ConnectionOptions {

    @Option(names = "--credentials", paramLabel = "DIR", defaultValue = "${env:TCC_CREDENTIALS:-tcc-data/credentials}",
            description = "the credentials folder the sandbox writes (http-users.properties, client.properties, …); "
                    + "default ${DEFAULT-VALUE}, env TCC_CREDENTIALS")
    Path credentials;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:TCC_USER}",
            description = "the HTTP user: a role of http-users.properties (client, operator, admin) or a user in it; "
                    + "with TCC_HTTP_PASSWORD any user. Default: client for submit and show, operator for the rest; "
                    + "env TCC_USER")
    String user;

    @Option(names = "--orchestrator", paramLabel = "URL",
            defaultValue = "${env:TCC_ORCHESTRATOR:-http://localhost:8080}",
            description = "the orchestrator's base URL; default ${DEFAULT-VALUE}, env TCC_ORCHESTRATOR")
    String orchestrator;

    @Option(names = "--bank", paramLabel = "NAME=URL", description = "a bank's base URL (repeatable); the sandbox's "
            + "bank-a=http://localhost:8081, bank-b=…:8082, bank-c=…:8083 by default; env TCC_BANKS=name=url,…")
    Map<String, String> banks = new LinkedHashMap<>();

    @Option(names = "--json",
            description = "print the API's JSON as it is: one document (one object per line for watch)")
    boolean json;

    /** The API as {@code --user}, or as the user of the role the command needs. */
    Api api(String neededRole) {
        return new Api(credentials().httpUser(user, neededRole, System.getenv("TCC_HTTP_PASSWORD")), neededRole);
    }

    URI orchestrator(String path) {
        return URI.create(BankUrls.url(orchestrator) + path);
    }

    URI bank(String bank, String path) {
        return URI.create(BankUrls.of(System.getenv("TCC_BANKS"), banks).of(bank) + path);
    }

    Credentials credentials() {
        return new Credentials(credentials);
    }
}
