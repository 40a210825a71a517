package io.tcckafka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestDatabase;

/**
 * {@code java -jar bench/target/tcc-bench.jar [options]} (see {@link BenchOptions}, docs/benchmarks.md): starts
 * the system as processes (or uses a running one), opens the accounts, runs the TCC load with its warm-up, then
 * the local-transfer and raw-Kafka baselines on the same database server and broker, and writes results.json and
 * the charts to {@code <results>/<timestamp>/}.
 */
public final class BenchMain {

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
                LoadDriver driver = new LoadDriver(stack.kafkaConfig(Principals.CLIENT), new TccProtocol(options.postings()), picker,
                        options.load(), progress);
                long measureFrom = System.nanoTime() + options.warmup().toNanos();
                sampler.start(measureFrom, measureFrom + options.duration().toNanos());
                List<Map<String, Long>> readings = new java.util.concurrent.CopyOnWriteArrayList<>();
                Thread counters = new Thread(() -> readAt(List.of(measureFrom,
                        measureFrom + options.duration().toNanos()), readings), "database-counters");
                counters.start();
                tcc = driver.run(options.postings() == 1 ? "tcc" : "tcc " + options.postings() + " postings",
                        options.warmup(), options.duration());
                counters.join();
                countersBefore = readings.get(0);
                countersAfter = readings.get(1);
                sampler.close();
                usage = sampler.usage();
            }
            DatabaseCounters.PerTransfer database = options.external() ? null : DatabaseCounters.perTransfer(
                    countersBefore, countersAfter, tcc.committedPerSecond() * tcc.measuredSeconds());
            LoadResult local = new LocalTransferBaseline(options.localClients(), picker, progress)
                    .run(accounts, options.baselineWarmup(), options.baselineDuration());
            LoadResult kafka;
            try (RawKafkaPipeline pipeline = new RawKafkaPipeline(stack.kafkaConfig(Principals.ADMIN))) {
                pipeline.start();
                kafka = new LoadDriver(stack.kafkaConfig(Principals.ADMIN), new RawKafkaProtocol(), picker,
                        options.load(), progress).run("raw kafka", options.baselineWarmup(),
                                options.baselineDuration());
            }
            BenchReport report = new BenchReport(started.toString(), Runtime.getRuntime().availableProcessors(),
                    stack.description(), options.skew().equals("hot") ? "hot: " + options.hotAccounts()
                            + " accounts take " + options.hotShare() + " of the picks" : "uniform",
                    options.accounts(), tcc, local, kafka, BenchReport.ratio(tcc, local), database, usage);
            Files.writeString(resultsDir.resolve("results.json"), EventJson.write(report));
            Charts.latency(tcc, resultsDir.resolve("latency.png"));
            Charts.throughput(tcc, local, kafka, resultsDir.resolve("throughput.png"));
            System.out.println();
            System.out.print(report.summary());
            System.out.println("results in " + resultsDir.toAbsolutePath().normalize());
        }
        System.exit(0);
    }

    /** The database server's counters at each of these {@link System#nanoTime} instants. */
    private static void readAt(List<Long> instants, List<Map<String, Long>> readings) {
        for (long instant : instants) {
            long wait = instant - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            readings.add(DatabaseCounters.read(TestDatabase.SERVER_URL, TestDatabase.USER, TestDatabase.PASSWORD));
        }
    }

    private static StackUnderTest startStack(BenchOptions options, Path resultsDir) {
        if (options.external()) {
            return new ExternalStack(options.externalUrls(), options.clientConfig(), options.adminConfig(),
                    options.usersFile());
        }
        System.out.println("starting the broker (" + options.security() + "), the orchestrator and the banks (logs in "
                + resultsDir + "/logs) ...");
        return ProcessCluster.start(Path.of(options.projectDir()), resultsDir, options.serviceArgs(),
                options.security());
    }
}
