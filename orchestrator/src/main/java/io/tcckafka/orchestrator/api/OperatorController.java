package io.tcckafka.orchestrator.api;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tcckafka.events.SettlingView;
import io.tcckafka.orchestrator.transfer.StuckTransfers;

/** What an operator needs for transfers whose Confirm or Cancel keeps failing (docs/operations.md). */
@RestController
@RequestMapping("/api")
class OperatorController {

    private static final int MAX_LIMIT = 1000;

    private final StuckTransfers stuck;

    OperatorController(StuckTransfers stuck) {
        this.stuck = stuck;
    }

    /** A page of stuck transfers, longest settling first; pass the last transferId of a page as {@code after}. */
    @GetMapping("/stuck-transfers")
    ResponseEntity<?> stuck(@RequestParam(defaultValue = "100") int limit,
            @RequestParam Optional<String> after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "limit must be 1 to " + MAX_LIMIT)).build();
        }
        List<SettlingView> views = stuck.list(limit, after).stream().map(Views::settling).toList();
        return ResponseEntity.ok(views);
    }

    /**
     * 202: its pending Confirms or Cancels go out again at once; 429 when they went out moments ago; 409 when not
     * settling; 404 when unknown.
     */
    @PostMapping("/transfers/{transferId}/retry")
    ResponseEntity<?> retry(@PathVariable String transferId) {
        return stuck.retryNow(transferId)
                .<ResponseEntity<?>>map(transfer -> ResponseEntity.accepted().body(Views.settling(transfer)))
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "no transfer " + transferId)).build());
    }
}
