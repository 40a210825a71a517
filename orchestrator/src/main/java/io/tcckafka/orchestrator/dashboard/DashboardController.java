package io.tcckafka.orchestrator.dashboard;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The JSON the dashboard page (static/index.html) reads. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private static final int MAX_BUCKETS = 720;

    private final TransferStatistics statistics;
    private final BankAccounts bankAccounts;

    DashboardController(TransferStatistics statistics, BankAccounts bankAccounts) {
        this.statistics = statistics;
        this.bankAccounts = bankAccounts;
    }

    @GetMapping("/overview")
    Overview overview(@RequestParam(defaultValue = "20") int inFlight) {
        require(inFlight >= 1 && inFlight <= 1000, "inFlight must be 1 to 1000");
        return statistics.overview(inFlight);
    }

    @GetMapping("/series")
    TimeSeries series(@RequestParam(defaultValue = "10") int minutes,
            @RequestParam(defaultValue = "10") int bucketSeconds) {
        require(minutes >= 1 && minutes <= 60, "minutes must be 1 to 60");
        require(bucketSeconds >= 1 && minutes * 60 / bucketSeconds <= MAX_BUCKETS
                        && bucketSeconds <= minutes * 60,
                "bucketSeconds must be at least 1, at most the window, and make at most " + MAX_BUCKETS + " buckets");
        return statistics.series(Duration.ofMinutes(minutes), Duration.ofSeconds(bucketSeconds));
    }

    @GetMapping("/transfers/{transferId}/timeline")
    TransferTimeline timeline(@PathVariable String transferId) {
        return statistics.timeline(transferId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no transfer " + transferId));
    }

    @GetMapping("/banks")
    List<BankAccounts.BankAccountsView> banks() {
        return bankAccounts.all();
    }

    private static void require(boolean valid, String problem) {
        if (!valid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        }
    }
}
