package io.tcckafka.example;

import java.util.*;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.*;
import io.tcckafka.participant.*;
import io.tcckafka.participant.journal.AccountJournal;
import io.tcckafka.security.*;

/**
 * A complete participant (docs/participants.md): a wallet table, the Ledger the participant kit drives (giving it
 * transactions, barrier and journal), and the account API's open and read. Each check and change is one UPDATE.
 */
@SpringBootApplication
@RestController
@Import(WebSecurityConfiguration.class)
public class WalletBank implements Ledger {

    public static void main(String[] args) {
        SpringApplication.run(WalletBank.class, args);
    }

    private final JdbcTemplate jdbc;
    private final AccountJournal journal;

    WalletBank(JdbcTemplate jdbc, AccountJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    public Optional<Reason> tryDebit(BranchOrder o) {
        return reserved(update("held = held + ?", "AND balance - held >= ?", o.amount(), o.account(), o.amount()), o,
                Reason.INSUFFICIENT_FUNDS);
    }

    public void confirmDebit(BranchOrder o) {
        update("balance = balance - ?, held = held - ?", "", o.amount(), o.amount(), o.account());
    }

    public void cancelDebit(BranchOrder o) {
        update("held = held - ?", "", o.amount(), o.account());
    }

    public Optional<Reason> tryCredit(BranchOrder o) {
        return reserved(update("pending = pending + ?", "AND balance + pending + ? <= ?", o.amount(), o.account(),
                o.amount(), Money.MAX), o, Reason.BALANCE_LIMIT_EXCEEDED);
    }

    public void confirmCredit(BranchOrder o) {
        update("balance = balance + ?, pending = pending - ?", "", o.amount(), o.amount(), o.account());
    }

    public void cancelCredit(BranchOrder o) {
        update("pending = pending - ?", "", o.amount(), o.account());
    }

    public List<AccountView> accounts(Collection<String> ids) {
        return ids.stream().flatMap(id -> jdbc.query("SELECT * FROM wallet WHERE id = ?", (row, n) -> AccountView.of(
                id, row.getBigDecimal("balance"), row.getBigDecimal("held"), row.getBigDecimal("pending")), id)
                .stream()).toList();
    }

    private int update(String set, String guard, Object... arguments) {
        return jdbc.update("UPDATE wallet SET " + set + " WHERE id = ? " + guard, arguments);
    }

    private Optional<Reason> reserved(int changed, BranchOrder o, Reason otherwise) {
        return changed == 1 ? Optional.empty()
                : Optional.of(accounts(List.of(o.account())).isEmpty() ? Reason.ACCOUNT_NOT_FOUND : otherwise);
    }

    @Bean
    EndpointRules accountRules() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/api/accounts").hasRole(Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/accounts/*").hasRole(Roles.OPERATOR);
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView open(@RequestBody NewAccount account) {
        account.problem().ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        });
        journal.open(account.account(), account.balance(), () -> jdbc.update(
                "INSERT INTO wallet (id, balance) VALUES (?, ?)", account.account(), account.balance()));
        return get(account.account());
    }

    @GetMapping("/api/accounts/{id}")
    AccountView get(@PathVariable String id) {
        return accounts(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account " + id));
    }
}
