package io.tcckafka.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.springframework.boot.convert.DurationStyle;

import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.DatabaseServer;
import io.tcckafka.launcher.Layout;

/**
 * {@code java -jar chaos/target/tcc-chaos-exec.jar [--seed=N] [--duration=10m] [--rate=10] [--accounts=10]
 * [--orchestrators=2] [--bank-a=2] [--restart-mariadb=true|false]}: starts the whole system as processes, runs {@link ChaosRun}, prints the
 * report and exits 0 when every promise held, 1 when one broke. Run it from the checkout after
 * {@code ./mvnw -DskipTests package}.
 */
public final class ChaosMain {

    private ChaosMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // the sandbox on the classpath brings its own logback.xml; a second one would make logback complain at start
        System.setProperty("logback.configurationFile", "chaos-logback.xml");
        long seed = new Random().nextInt(1_000_000);
        Duration duration = Duration.ofMinutes(10);
        int rate = 10;
        int accounts = 10;
        int orchestrators = 2;
        int bankA = 2;
        boolean restartDatabaseServer = DatabaseServer.whyNotRestartable() == null;
        Path projectDir = Path.of(".");
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            switch (arg.substring(0, Math.max(0, arg.indexOf('=')))) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--duration" -> duration = DurationStyle.detectAndParse(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--accounts" -> accounts = Integer.parseInt(value);
                case "--orchestrators" -> orchestrators = Integer.parseInt(value);
                case "--bank-a" -> bankA = Integer.parseInt(value);
                case "--project-dir" -> projectDir = Path.of(value);
                case "--restart-mariadb" -> restartDatabaseServer = Boolean.parseBoolean(value);
                default -> {
                    System.err.println("unknown argument " + arg + "; see docs/reliability.md");
                    System.exit(2);
                }
            }
        }
        Path workDir = projectDir.resolve("chaos/target/run-" + seed + "-" + System.currentTimeMillis());
        System.out.println("starting the cluster (processes' logs in " + workDir.resolve("logs") + ") ...");
        var layout = new Layout(orchestrators, bankA, Layout.QUICK);
        Cluster cluster = Cluster.start(projectDir, workDir, layout);
        ChaosReport report = null;
        // Ctrl+C: no process is left behind, and the databases stay for a look
        Thread stopOnInterrupt = new Thread(() -> cluster.stop(true), "cluster-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            report = new ChaosRun(cluster, new ChaosRun.Settings(seed, duration, rate, accounts,
                    restartDatabaseServer), System.out).run();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            boolean broken = report == null || !report.promisesKept();
            List<String> databases = cluster.stop(broken);
            if (broken) {
                System.out.println("databases kept for inspection: " + String.join(", ", databases));
            }
        }
        System.out.println();
        System.out.print(report);
        Files.writeString(workDir.resolve("report.txt"), report.toString());
        System.exit(report.promisesKept() ? 0 : 1);
    }
}
