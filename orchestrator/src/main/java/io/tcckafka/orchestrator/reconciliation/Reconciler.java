package io.tcckafka.orchestrator.reconciliation;

import static io.tcckafka.events.DiscrepancyKind.AMOUNT_MISMATCH;
import static io.tcckafka.events.DiscrepancyKind.APPLIED_NOT_COMMITTED;
import static io.tcckafka.events.DiscrepancyKind.BANK_UNAVAILABLE;
import static io.tcckafka.events.DiscrepancyKind.DUPLICATE_ENTRY;
import static io.tcckafka.events.DiscrepancyKind.FOREIGN_ENTRY;
import static io.tcckafka.events.DiscrepancyKind.HOLD_OUTLIVED;
import static io.tcckafka.events.DiscrepancyKind.MISSING_ENTRY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.reconciliation.EndedTransfer.ExpectedBranch;

/**
 * The rules of a reconciliation (docs/operations.md, "Reconciliation"): the transfers that ended in a window against
 * the banks' journal entries of that window. A committed branch has exactly one Try and one Confirm entry of its
 * amount at its bank and account; an aborted branch has none, or a Try and its Cancel; a rejected transfer has no
 * entry at all; every entry names a transfer and one of its branches. Entries of transfers the orchestrator knows but
 * does not judge here (in flight, or ended outside the window) are left to their own window, unless written after
 * their transfer had ended ({@link OtherTransfers}); opening entries are no transfer's. Nothing is judged at a bank
 * whose journal could not be read.
 */
public final class Reconciler {

    private final List<Discrepancy> found = new ArrayList<>();
    private final Map<String, BankJournal> journals = new LinkedHashMap<>();
    private final Set<String> unreadBanks = new LinkedHashSet<>();

    private Reconciler(Collection<BankJournal> journals) {
        journals.forEach(journal -> this.journals.put(journal.bank(), journal));
    }

    /**
     * @param ended    the transfers judged: those that ended in the window
     * @param journals each bank's entries over the window
     * @param others   what the orchestrator knows of the other transfers the entries name
     */
    public static List<Discrepancy> reconcile(Collection<EndedTransfer> ended, Collection<BankJournal> journals,
            OtherTransfers others) {
        return new Reconciler(journals).run(ended, others);
    }

    private List<Discrepancy> run(Collection<EndedTransfer> ended, OtherTransfers others) {
        journals.values().stream().filter(journal -> !journal.available()).forEach(journal -> unreadBank(
                journal.bank(), "the journal of " + journal.bank() + " could not be read: " + journal.error()));
        Map<String, List<Located>> byTransfer = entriesByTransfer();
        for (EndedTransfer transfer : ended) {
            judge(transfer, byTransfer.getOrDefault(transfer.id(), List.of()));
            byTransfer.remove(transfer.id());
        }
        byTransfer.forEach((transferId, entries) -> entries.forEach(located -> judgeOther(located, others)));
        return List.copyOf(found);
    }

    /** An entry of a transfer not judged here: late for a finished one, or naming none the orchestrator knows. */
    private void judgeOther(Located located, OtherTransfers others) {
        JournalEntry entry = located.entry();
        String transferId = entry.transferId();
        if (others.isLate(transferId, entry.time())) {
            add(entry.kind() == EntryKind.TRY ? HOLD_OUTLIVED : DUPLICATE_ENTRY, located, null, "a " + entry.kind()
                    + " entry written at " + entry.time() + ", after transfer " + transferId + " had ended at "
                    + others.endedAt().get(transferId));
        } else if (!others.isKnown(transferId) && !others.mayBeForgotten(entry.time())) {
            add(FOREIGN_ENTRY, located, null, "no transfer " + transferId + " is known to the orchestrator");
        }
    }

    private Map<String, List<Located>> entriesByTransfer() {
        Map<String, List<Located>> byTransfer = new LinkedHashMap<>();
        for (BankJournal journal : journals.values()) {
            for (JournalEntry entry : journal.entries()) {
                Located located = new Located(journal.bank(), entry);
                if (entry.kind() == EntryKind.OPEN) {
                    continue;
                }
                if (entry.transferId() == null || entry.branch() == null) {
                    add(FOREIGN_ENTRY, located, null, "a " + entry.kind() + " entry that names no transfer branch");
                    continue;
                }
                byTransfer.computeIfAbsent(entry.transferId(), id -> new ArrayList<>()).add(located);
            }
        }
        return byTransfer;
    }

    private void judge(EndedTransfer transfer, List<Located> entries) {
        Map<Place, List<Located>> byPlace = new LinkedHashMap<>();
        entries.forEach(located -> byPlace.computeIfAbsent(located.place(), p -> new ArrayList<>()).add(located));
        for (ExpectedBranch branch : transfer.branches()) {
            Place place = new Place(branch.bank(), branch.account(), branch.branch());
            List<Located> atPlace = byPlace.getOrDefault(place, List.of());
            byPlace.remove(place);
            if (!readable(branch.bank())) {
                continue;
            }
            PlaceEntries here = new PlaceEntries(transfer.id(), place, atPlace);
            if (transfer.status() == TransferStatus.COMMITTED) {
                judgeCommitted(here, branch.amount());
            } else {
                judgeAborted(here, branch.amount());
            }
        }
        byPlace.forEach((place, atPlace) -> {
            if (transfer.status() == TransferStatus.REJECTED) {
                judgeRejected(new PlaceEntries(transfer.id(), place, atPlace));
            } else {
                atPlace.forEach(located -> add(FOREIGN_ENTRY, located, null, "transfer " + transfer.id()
                        + " has no " + place.branch() + " branch at " + place.name()));
            }
        });
    }

    private void judgeCommitted(PlaceEntries here, BigDecimal amount) {
        exactlyOne(here, EntryKind.TRY, amount);
        exactlyOne(here, EntryKind.CONFIRM, amount);
        here.of(EntryKind.TRY).forEach(located -> sameAmount(located, amount));
        here.of(EntryKind.CONFIRM).forEach(located -> sameAmount(located, amount));
        here.of(EntryKind.CANCEL).forEach(located -> add(FOREIGN_ENTRY, located, amount,
                "a CANCEL entry, but transfer " + here.transferId() + " committed"));
    }

    private void judgeAborted(PlaceEntries here, BigDecimal amount) {
        List<Located> tries = here.of(EntryKind.TRY);
        List<Located> cancels = here.of(EntryKind.CANCEL);
        List<Located> confirms = here.of(EntryKind.CONFIRM);
        confirms.forEach(located -> add(APPLIED_NOT_COMMITTED, located, null,
                "a CONFIRM entry, but transfer " + here.transferId() + " was aborted"));
        duplicates(tries);
        duplicates(cancels);
        if (!tries.isEmpty() && cancels.isEmpty() && confirms.isEmpty()) {
            add(HOLD_OUTLIVED, tries.get(0), amount, "a TRY entry with no CANCEL, but transfer " + here.transferId()
                    + " was aborted");
        }
        if (tries.isEmpty() && !cancels.isEmpty()) {
            add(MISSING_ENTRY, here.transferId(), here.place(), EntryKind.TRY, amount,
                    "a CANCEL entry with no TRY entry before it");
        }
        tries.forEach(located -> sameAmount(located, amount));
        cancels.forEach(located -> sameAmount(located, amount));
    }

    /** A rejected transfer has no branches: anything at all was applied for it. */
    private void judgeRejected(PlaceEntries here) {
        List<Located> tries = here.of(EntryKind.TRY);
        boolean settled = !here.of(EntryKind.CANCEL).isEmpty() || !here.of(EntryKind.CONFIRM).isEmpty();
        String rejected = "transfer " + here.transferId() + " was rejected and has no branches";
        here.of(EntryKind.CONFIRM).forEach(located -> add(APPLIED_NOT_COMMITTED, located, null,
                "a CONFIRM entry, but " + rejected));
        tries.forEach(located -> add(settled ? FOREIGN_ENTRY : HOLD_OUTLIVED, located, null,
                "a TRY entry" + (settled ? "" : " with no CANCEL") + ", but " + rejected));
        here.of(EntryKind.CANCEL).forEach(located -> add(FOREIGN_ENTRY, located, null,
                "a CANCEL entry, but " + rejected));
    }

    private void exactlyOne(PlaceEntries here, EntryKind kind, BigDecimal amount) {
        List<Located> entries = here.of(kind);
        if (entries.isEmpty()) {
            add(MISSING_ENTRY, here.transferId(), here.place(), kind, amount,
                    "no " + kind + " entry, but transfer " + here.transferId() + " committed");
        }
        duplicates(entries);
    }

    private void duplicates(List<Located> sameKind) {
        for (Located extra : sameKind.subList(Math.min(1, sameKind.size()), sameKind.size())) {
            add(DUPLICATE_ENTRY, extra, null, "a second " + extra.entry().kind() + " entry (the first is entry "
                    + sameKind.get(0).entry().entry() + ")");
        }
    }

    private void sameAmount(Located located, BigDecimal amount) {
        if (located.entry().amount() == null || located.entry().amount().compareTo(amount) != 0) {
            add(AMOUNT_MISMATCH, located, amount, "the " + located.entry().kind() + " entry's amount is not the "
                    + "branch's");
        }
    }

    private boolean readable(String bank) {
        BankJournal journal = journals.get(bank);
        if (journal == null) {
            unreadBank(bank, "no journal of " + bank + " was read: the orchestrator has no URL for it");
            return false;
        }
        return journal.available();
    }

    private void unreadBank(String bank, String detail) {
        if (unreadBanks.add(bank)) {
            found.add(new Discrepancy(BANK_UNAVAILABLE, null, bank, null, null, null, null, null, detail));
        }
    }

    private void add(DiscrepancyKind kind, Located located, BigDecimal expected, String detail) {
        JournalEntry entry = located.entry();
        found.add(new Discrepancy(kind, entry.transferId(), located.bank(), entry.account(), entry.branch(),
                entry.kind(), expected, entry.amount(), "entry " + entry.entry() + ": " + detail));
    }

    /** What is missing: no entry to name, only where it should be. */
    private void add(DiscrepancyKind kind, String transferId, Place place, EntryKind entry, BigDecimal expected,
            String detail) {
        found.add(new Discrepancy(kind, transferId, place.bank(), place.account(), place.branch(), entry, expected,
                null, detail));
    }

    /** Where a branch's entries are: its bank, account and direction. */
    private record Place(String bank, String account, Branch branch) {

        String name() {
            return bank + "/" + account;
        }
    }

    private record Located(String bank, JournalEntry entry) {

        Place place() {
            return new Place(bank, entry.account(), entry.branch());
        }
    }

    private record PlaceEntries(String transferId, Place place, List<Located> entries) {

        List<Located> of(EntryKind kind) {
            return entries.stream().filter(located -> located.entry().kind() == kind).toList();
        }
    }
}
