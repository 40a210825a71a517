package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tcckafka.launcher.load.LatencySummary;
import io.tcckafka.launcher.load.LoadResult;

class ReportPartsTest {

    @Test
    void readsTheCpuTimesOfAProcessEvenWithSpacesInItsName() {
        String stat = "4242 (java main) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 100 0 0";

        assertThat(ProcFiles.cpuTicksOfStat(stat)).isEqualTo(300);
    }

    @Test
    void findsTheJitCompilerThreadsOfAJvm() {
        long pid = ProcessHandle.current().pid(); // this JVM has compiled JUnit's code and more by now

        assertThat(ProcFiles.compilerTicks(pid)).isPositive().isLessThanOrEqualTo(ProcFiles.cpuTicks(pid));
        assertThat(ProcFiles.compilerTicks(-1)).isEqualTo(-1);
    }

    @Test
    void theRatioIsTccOverTheLocalTransfer() {
        assertThat(BenchReport.ratio(result(1500), result(6000))).isEqualTo(0.25);
        assertThat(BenchReport.ratio(result(1500), result(0))).isNull();
    }

    @Test
    void theLocalBaselineUsesTheBanksOwnAccountTable() {
        assertThat(BankSchema.accountTable()).startsWith("CREATE TABLE account (").contains("frozen")
                .doesNotContain("branch_barrier");
    }

    private static LoadResult result(double committedPerSecond) {
        return new LoadResult("x", "closed", 1, 1, 0, committedPerSecond, committedPerSecond,
                new LatencySummary(0, 0, 0, 0, 0, 0, 0), Map.of(), 0, List.of());
    }
}
