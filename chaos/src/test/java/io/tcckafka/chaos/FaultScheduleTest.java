package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tcckafka.launcher.Cluster;

class FaultScheduleTest {

    private static final List<String> INSTANCES = List.of("orchestrator", "orchestrator-2", "bank-a", "bank-b");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofSeconds(15);

    @Test
    void theSameSeedDrawsTheSameFaults() {
        assertThat(FaultSchedule.draw(42, TEN_MINUTES, QUIET, INSTANCES, true))
                .isEqualTo(FaultSchedule.draw(42, TEN_MINUTES, QUIET, INSTANCES, true))
                .isNotEqualTo(FaultSchedule.draw(43, TEN_MINUTES, QUIET, INSTANCES, true));
    }

    @Test
    void faultsFollowEachOtherAndStopBeforeTheQuietEnd() {
        List<Fault> faults = FaultSchedule.draw(7, TEN_MINUTES, QUIET, INSTANCES, true);

        assertThat(faults).hasSizeGreaterThan(20);
        for (int i = 1; i < faults.size(); i++) {
            Fault previous = faults.get(i - 1);
            assertThat(faults.get(i).at()).isGreaterThan(previous.at().plus(previous.lasting()));
        }
        assertThat(faults.get(faults.size() - 1).at()).isLessThan(TEN_MINUTES.minus(QUIET));
    }

    @Test
    void eachFaultHasATargetItCanHit() {
        for (Fault fault : FaultSchedule.draw(11, TEN_MINUTES, QUIET, INSTANCES, true)) {
            switch (fault.kind()) {
                case KILL_BROKER -> assertThat(fault.target()).isEqualTo(Cluster.KAFKA);
                case RESTART_DATABASE_SERVER -> assertThat(fault.target()).isEqualTo("mariadb");
                case HALT_AT_FAILPOINT -> assertThat(fault.failpoint())
                        .startsWith(fault.target().startsWith("orchestrator") ? "" : "bank.")
                        .doesNotStartWith(fault.target().startsWith("orchestrator") ? "bank." : "relay.");
                default -> assertThat(INSTANCES).contains(fault.target());
            }
        }
    }

    @Test
    void theDatabaseServerIsRestartedOnlyWhenAllowed() {
        assertThat(FaultSchedule.draw(5, TEN_MINUTES, QUIET, INSTANCES, false))
                .noneMatch(fault -> fault.kind() == Fault.Kind.RESTART_DATABASE_SERVER);
        assertThat(FaultSchedule.draw(5, TEN_MINUTES, QUIET, INSTANCES, true))
                .anyMatch(fault -> fault.kind() == Fault.Kind.RESTART_DATABASE_SERVER);
    }
}
