package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;

import io.tcckafka.launcher.DatabaseServer;

/**
 * A short chaos run on the shared cluster ({@code tcc.chaos.duration}, 40 s by default; the {@code chaos-long}
 * profile makes it 10 minutes). The seed is printed, so a failure can be replayed with the same fault schedule.
 */
class ChaosRunIT {

    @Test
    void everyPromiseHoldsUnderRandomFaults() throws InterruptedException {
        long seed = Long.getLong("tcc.chaos.seed", System.nanoTime() % 1_000_000);
        var settings = new ChaosRun.Settings(seed,
                DurationStyle.detectAndParse(System.getProperty("tcc.chaos.duration", "40s")), 10, 5,
                Boolean.parseBoolean(System.getProperty("tcc.chaos.restart-mariadb",
                        String.valueOf(DatabaseServer.whyNotRestartable() == null))));

        ChaosReport report = new ChaosRun(SharedCluster.cluster(), settings, System.out).run();

        System.out.println(report);
        assertThat(report.broken()).as("broken promises, seed " + seed).isEmpty();
        assertThat(report.faults()).isNotEmpty();
    }
}
