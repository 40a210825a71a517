package io.tcckafka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.Delivery;
import io.tcckafka.launcher.load.LoadGenerator;
import io.tcckafka.launcher.load.LoadResult;
import io.tcckafka.launcher.load.ProgressLine;
import io.tcckafka.launcher.load.TccProtocol;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestDatabase;

/**
 * {@code java -jar bench/target/tcc-bench.jar [options]} (see {@link BenchOptions}, docs/benchmarks.md): starts
 * the system as processes (or uses a running one), opens the accounts, runs the TCC load with its warm-up, waits for
 * the services to read what it left on their topics, then runs the local-transfer and raw-Kafka baselines on the same
 * database server and broker, and writes results.json and the charts to {@code <results>/<timestamp>/}.
 */
public final class BenchMain {

    /** Of the accounts' picks: every run picks the same ones. */
    private static final long SEED = 42;
    /** How long the baselines wait for the services to work off what the TCC load left on their topics. */
    private static final Duration BACKLOG_LIMIT = Duration.ofMinutes(10);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("logback.configurationFile", "bench-logback.xml");
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        Path resultsDir = Path.of(options.projectDir()).resolve(options.results()).resolve(stamp);
        Files.createDirectories(resultsDir);
        ProgressLine progress = new ProgressLine(System.out);
        try (StackUnderTest stack = startStack(options, resultsDir)) {
            System.out.println("opening " + options.accounts() + " accounts ...");
            List<AccountRef> accounts = stack.openAccounts(options.accounts());
            AccountPicker picker = options.picker(accounts);

            LoadResult tcc;
            List<ResourceUsage> usage;
            Map<String, Long> countersBefore;
            Map<String, Long> countersAfter;
            try (ResourceSampler sampler = new ResourceSampler(stack.processes(), stack.operator())) {
                LoadGenerator generator = new LoadGenerator(stack.kafkaConfig(Principals.CLIENT),
                        new TccProtocol(new PayeeTransfers(picker, options.postings(), SEED)), options.load(),
                        Delivery.ONCE, progress);
                long measureFrom = System.nanoTime() + options.warmup().toNanos();
                sampler.start(measureFrom, measureFrom + options.duration().toNanos());
                WindowProfiles profiles = options.profile() == null ? null : WindowProfiles.start(options.profile(),
                        stack.processes(), measureFrom, options.duration(), resultsDir);
                List<Map<String, Long>> readings = new java.util.concurrent.CopyOnWriteArrayList<>();
                Thread counters = new Thread(() -> readAt(options.databaseServers(), List.of(measureFrom,
                        measureFrom + options.duration().toNanos()), readings), "database-counters");
                counters.start();
                tcc = generator.run(options.postings() == 1 ? "tcc" : "tcc " + options.postings() + " postings",
                        runId(), options.warmup(), options.duration());
                counters.join();
                if (profiles != null) {
                    profiles.await();
                }
                countersBefore = readings.get(0);
                countersAfter = readings.get(1);
                sampler.close();
                usage = sampler.usage();
            }
            DatabaseCounters.PerTransfer database = DatabaseCounters.perTransfer(
                    countersBefore, countersAfter, tcc.committedPerSecond() * tcc.measuredSeconds());
            Long backlogSeconds = new Backlog(stack.kafkaConfig(Principals.ADMIN), StackUnderTest.SERVICE_GROUPS)
                    .awaitDrained(BACKLOG_LIMIT, progress);
            if (backlogSeconds == null) {
                System.out.println("the services had not read their topics after " + BACKLOG_LIMIT.toMinutes()
                        + " minutes; the baselines run beside that backlog");
            }
            LoadResult local = new LocalTransferBaseline(options.localClients(), picker, progress)
                    .run(accounts, options.baselineWarmup(), options.baselineDuration());
            LoadResult kafka;
            try (RawKafkaPipeline pipeline = new RawKafkaPipeline(stack.kafkaConfig(Principals.ADMIN))) {
                pipeline.start();
                kafka = new LoadGenerator(stack.kafkaConfig(Principals.ADMIN), new RawKafkaProtocol(picker, SEED),
                        options.load(), Delivery.ONCE, progress).run("raw kafka", runId(), options.baselineWarmup(),
                                options.baselineDuration());
            }
            BenchReport report = new BenchReport(started.toString(), Runtime.getRuntime().availableProcessors(),
                    stack.description(), options.skew().equals("hot") ? "hot: " + options.hotAccounts()
                            + " accounts take " + options.hotShare() + " of the picks" : "uniform",
                    options.accounts(), tcc, local, kafka, BenchReport.ratio(tcc, local), database, usage,
                    backlogSeconds);
            Files.writeString(resultsDir.resolve("results.json"), EventJson.write(report));
            Charts.latency(tcc, resultsDir.resolve("latency.png"));
            Charts.throughput(tcc, local, kafka, resultsDir.resolve("throughput.png"));
            System.out.println();
            System.out.print(report.summary());
            System.out.println("results in " + resultsDir.toAbsolutePath().normalize()
                    + (options.profile() == null ? "" : ", with a " + options.profile() + " profile of each JVM of the "
                            + "stack (profile-*.html, and .txt for scripts)"));
        }
        System.exit(0);
    }

    /** The prefix of one load's ids, a new one each time. */
    private static String runId() {
        return "b" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The database servers' counters, summed, at each of these {@link System#nanoTime} instants. */
    private static void readAt(List<String> servers, List<Long> instants, List<Map<String, Long>> readings) {
        for (long instant : instants) {
            Instants.sleepUntil(instant);
            readings.add(DatabaseCounters.readAll(servers, TestDatabase.USER, TestDatabase.PASSWORD));
        }
    }

    private static StackUnderTest startStack(BenchOptions options, Path resultsDir) {
        if (options.external()) {
            return new ExternalStack(options.externalUrls(), options.clientConfig(), options.adminConfig(),
                    options.usersFile());
        }
        System.out.println("starting the broker (" + options.security() + "), the orchestrator and the banks (logs in "
                + resultsDir + "/logs) ...");
        return LaunchedStack.start(Path.of(options.projectDir()), resultsDir, options.serviceArgs(),
                options.security());
    }
}
