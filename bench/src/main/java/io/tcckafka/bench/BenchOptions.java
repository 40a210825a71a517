package io.tcckafka.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.convert.DurationStyle;

import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.LoadShape;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.testing.TestDatabase;

/**
 * The command line: {@code --load=closed|open --in-flight=400 --rate=1000 --postings=1 --accounts=10000 --skew=uniform|hot
 * --hot-accounts=10 --hot-share=0.5 --warmup=180s --duration=60s --baseline-warmup=5s --baseline-duration=30s
 * --local-clients=10 --results=bench/results --project-dir=. --service-args="--name=value …"}, the broker's
 * security {@code --tls} (SCRAM over TLS, as deployed) or {@code --insecure} (none, to measure what security costs;
 * SCRAM without TLS by default), {@code --profile=cpu|wall|alloc|lock} (async-profiler on each JVM of the stack
 * through the measured window) and, for a stack that runs already,
 * {@code --client-config=client.properties --admin-config=admin.properties --users-file=http-users.properties
 * --orchestrator=http://… --bank-a=http://… --bank-b=http://…}.
 */
record BenchOptions(LoadShape load, int postings, int accounts, String skew, int hotAccounts, double hotShare, Duration warmup,
        Duration duration, Duration baselineWarmup, Duration baselineDuration, int localClients, String results,
        String projectDir, List<String> serviceArgs, Protocol security, Path clientConfig, Path adminConfig,
        Path usersFile, Map<String, String> externalUrls, List<String> databaseServers, String profile) {

    static BenchOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.equals("--tls") || arg.equals("--insecure")) {
                values.put(arg.substring(2), "");
                continue;
            }
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, --tls or --insecure, got " + arg);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        boolean tls = values.remove("tls") != null;
        boolean insecure = values.remove("insecure") != null;
        if (tls && insecure) {
            throw new IllegalArgumentException("--tls and --insecure contradict each other");
        }
        String load = take(values, "load", "closed");
        if (!load.equals("closed") && !load.equals("open")) {
            throw new IllegalArgumentException("--load is closed or open, not " + load);
        }
        int inFlight = Integer.parseInt(take(values, "in-flight", "400"));
        double rate = Double.parseDouble(take(values, "rate", "1000"));
        String skew = take(values, "skew", "uniform");
        if (!skew.equals("uniform") && !skew.equals("hot")) {
            throw new IllegalArgumentException("--skew is uniform or hot, not " + skew);
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (String service : new String[] {"orchestrator", "bank-a", "bank-b"}) {
            String url = values.remove(service);
            if (url != null) {
                urls.put(service, url);
            }
        }
        int postings = Integer.parseInt(take(values, "postings", "1"));
        if (postings < 1 || postings > TransferRequest.MAX_POSTINGS) {
            throw new IllegalArgumentException("--postings is 1 to " + TransferRequest.MAX_POSTINGS + ", not " + postings);
        }
        BenchOptions options = new BenchOptions(load.equals("open") ? LoadShape.open(rate) : LoadShape.closed(inFlight),
                postings, Integer.parseInt(take(values, "accounts", "10000")), skew,
                Integer.parseInt(take(values, "hot-accounts", "10")),
                Double.parseDouble(take(values, "hot-share", "0.5")),
                duration(values, "warmup", "180s"), duration(values, "duration", "60s"),
                duration(values, "baseline-warmup", "5s"), duration(values, "baseline-duration", "30s"),
                Integer.parseInt(take(values, "local-clients", "10")), take(values, "results", "bench/results"),
                take(values, "project-dir", "."), words(take(values, "service-args", "")),
                insecure ? Protocol.PLAINTEXT : tls ? Protocol.SASL_SSL : Protocol.SASL_PLAINTEXT,
                path(values.remove("client-config")), path(values.remove("admin-config")),
                path(values.remove("users-file")), Map.copyOf(urls),
                List.of(take(values, "database-servers", TestDatabase.SERVER_URL).split(",")),
                values.remove("profile"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + values.keySet() + "; see docs/benchmarks.md");
        }
        if (options.profile() != null && !WindowProfiles.EVENTS.contains(options.profile())) {
            throw new IllegalArgumentException("--profile is one of " + WindowProfiles.EVENTS + ", not "
                    + options.profile());
        }
        if (options.profile() != null && options.external()) {
            throw new IllegalArgumentException("--profile needs a stack the benchmark starts: it attaches to its "
                    + "processes");
        }
        if (options.external() && (urls.size() != 3 || options.adminConfig() == null || options.usersFile() == null)) {
            throw new IllegalArgumentException("--client-config needs --admin-config, --users-file, --orchestrator, "
                    + "--bank-a and --bank-b too");
        }
        return options;
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    boolean external() {
        return clientConfig != null;
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    AccountPicker picker(List<io.tcckafka.events.AccountRef> all) {
        return skew.equals("hot") ? AccountPicker.hot(all, hotAccounts, hotShare) : AccountPicker.uniform(all);
    }

    /** {@code 90s}, {@code 10m} or an ISO-8601 duration, as Spring reads them. */
    private static Duration duration(Map<String, String> values, String name, String fallback) {
        return DurationStyle.detectAndParse(take(values, name, fallback));
    }

    private static String take(Map<String, String> values, String name, String fallback) {
        String value = values.remove(name);
        return value == null ? fallback : value;
    }
}
