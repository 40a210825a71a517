package io.tcckafka.orchestrator.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.JournalPage;
import io.tcckafka.orchestrator.banks.BankClients;

/** Every configured bank's journal entries written in a time range, all pages, over the banks' HTTP API. */
@Component
class Journals {

    private final BankClients banks;
    private final int pageSize;

    Journals(BankClients banks, ReconciliationProperties properties) {
        this.banks = banks;
        this.pageSize = properties.journalPage();
    }

    List<BankJournal> read(Instant from, Instant to) {
        return banks.banks().keySet().stream().map(bank -> read(bank, from, to)).toList();
    }

    private BankJournal read(String bank, Instant from, Instant to) {
        List<JournalEntry> entries = new ArrayList<>();
        Long after = null;
        try {
            do {
                JournalPage page = banks.journal(bank, from, to, after, pageSize);
                entries.addAll(page.entries());
                if (page.next() != null && after != null && page.next() <= after) {
                    return BankJournal.unavailable(bank, "its journal's next page (" + page.next()
                            + ") is not after the last (" + after + ")");
                }
                after = page.next();
            } while (after != null);
            return BankJournal.read(bank, entries);
        } catch (RestClientException e) {
            return BankJournal.unavailable(bank, BankClients.why(e));
        }
    }
}
