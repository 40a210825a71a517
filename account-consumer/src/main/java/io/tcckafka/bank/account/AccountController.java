package io.tcckafka.bank.account;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.NewAccount;
import io.tcckafka.participant.journal.AccountJournal;

/** Opening accounts (admins) and reading them (operators). Money moves only through branch commands. */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private static final int MAX_LIMIT = 1000;
    private static final Logger audit = LoggerFactory.getLogger("io.tcckafka.audit");

    private final AccountRepository accounts;
    private final AccountJournal journal;

    AccountController(AccountRepository accounts, AccountJournal journal) {
        this.accounts = accounts;
        this.journal = journal;
    }

    /** An admin's action, written to the audit log ({@code io.tcckafka.audit}) once it has happened. */
    @PostMapping
    ResponseEntity<AccountView> open(@RequestBody NewAccount request, Principal caller) {
        request.problem().ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        });
        Account account;
        try {
            // with its opening entry in the journal, in one transaction
            account = journal.open(request.account(), request.balance(),
                    () -> accounts.saveAndFlush(Account.open(request.account(), request.balance())));
        } catch (DataIntegrityViolationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "account " + request.account() + " already exists");
        }
        audit.info("account {} opened with balance {} by {}", account.getId(), account.balance().toPlainString(),
                caller == null ? "an unauthenticated caller (tcc.security.insecure)" : caller.getName());
        return ResponseEntity.created(URI.create("/api/accounts/" + account.getId())).body(account.view());
    }

    @GetMapping("/{account}")
    AccountView get(@PathVariable String account) {
        return accounts.findById(account)
                .map(Account::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + account));
    }

    /** A page of accounts in id order: at most {@code limit}, with ids after {@code after} when given. */
    @GetMapping
    List<AccountView> list(@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1 to " + MAX_LIMIT);
        }
        List<Account> page = after == null
                ? accounts.findAllByOrderByIdAsc(Limit.of(limit))
                : accounts.findByIdGreaterThanOrderByIdAsc(after, Limit.of(limit));
        return page.stream().map(Account::view).toList();
    }
}
