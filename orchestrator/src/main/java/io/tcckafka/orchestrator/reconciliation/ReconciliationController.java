package io.tcckafka.orchestrator.reconciliation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tcckafka.events.ReconciliationReport;

/** An operator's reconciliation on demand, and the last report (docs/operations.md, "Reconciliation"). */
@RestController
@RequestMapping("/api/reconciliations")
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** The window given, either end, or none: the last default-window up to now − try-timeout. */
    @PostMapping
    ReconciliationReport reconcile(@RequestBody(required = false) WindowRequest window) {
        WindowRequest asked = window == null ? new WindowRequest(null, null) : window;
        return reconciliation.onDemand(Optional.ofNullable(asked.from()), Optional.ofNullable(asked.to()));
    }

    @GetMapping("/latest")
    ResponseEntity<?> latest() {
        return reconciliation.latest().<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "no reconciliation has run on this instance yet")).build());
    }

    record WindowRequest(Instant from, Instant to) {
    }
}
