package io.tcckafka.participant.journal;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.JournalPage;
import io.tcckafka.participant.Ledger;

/**
 * Every participant's journal over HTTP, for operators (docs/operations.md): an account's statement and, for the
 * orchestrator's reconciliation, all entries of a time window. Pages in entry order; {@code next} is the
 * {@code after} of the next page.
 */
@RestController
class JournalController {

    private static final int MAX_LIMIT = 1000;

    private final AccountJournal journal;
    private final Ledger ledger;

    JournalController(AccountJournal journal, Ledger ledger) {
        this.journal = journal;
        this.ledger = ledger;
    }

    @GetMapping("/api/accounts/{account}/statement")
    JournalPage statement(@PathVariable String account, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        if (ledger.accounts(List.of(account)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + account);
        }
        return journal.page(account, from, to, after, checked(limit, from, to));
    }

    @GetMapping("/api/journal")
    JournalPage entries(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "500") int limit) {
        return journal.page(null, from, to, after, checked(limit, from, to));
    }

    private static int checked(int limit, Instant from, Instant to) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1 to " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to");
        }
        return limit;
    }
}
