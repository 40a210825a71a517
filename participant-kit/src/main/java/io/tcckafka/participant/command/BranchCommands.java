package io.tcckafka.participant.command;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.toMap;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.kafka.MismatchedMessageException;
import io.tcckafka.participant.BranchOrder;
import io.tcckafka.participant.Ledger;
import io.tcckafka.participant.barrier.BarrierRow;
import io.tcckafka.participant.barrier.BarrierRules;
import io.tcckafka.participant.barrier.BranchBarrier;
import io.tcckafka.participant.barrier.BranchId;
import io.tcckafka.participant.barrier.Decision;
import io.tcckafka.participant.barrier.LockedBranches;
import io.tcckafka.participant.journal.AccountJournal;
import io.tcckafka.participant.journal.JournalRow;
import io.tcckafka.participant.journal.MoneyAfter;
import io.tcckafka.participant.journal.MoneyMoved;
import io.tcckafka.participant.journal.NewEntry;

/**
 * Applies a batch of branch commands behind the barrier in one transaction: the ledger's changes and the barrier rows
 * commit together, the row of a command that moved money being the journal entry of that change. The ledger is given
 * the batch's accounts to lock before the barrier rows are locked, and flushes once after the last command
 * ({@link Ledger#lock}, {@link Ledger#flush}).
 * A racing duplicate waits on the ledger's lock and then sees the first one's rows, or, where the ledger locks
 * nothing, fails on the barrier's unique key and rolls back; its retry then sees the stored reply.
 */
public class BranchCommands {

    private static final Logger log = LoggerFactory.getLogger(BranchCommands.class);
    private static final Set<Decision.Action> MOVING_MONEY = Set.of(Decision.Action.RESERVE, Decision.Action.RELEASE,
            Decision.Action.SETTLE);
    private static final Set<Reason> TRY_REFUSALS = Set.of(Reason.ACCOUNT_NOT_FOUND, Reason.INSUFFICIENT_FUNDS,
            Reason.BALANCE_LIMIT_EXCEEDED);

    private final String bankId;
    private final BranchBarrier barrier;
    private final Ledger ledger;
    private final AccountJournal journal;
    private final ApplicationEventPublisher events;

    public BranchCommands(String bankId, BranchBarrier barrier, Ledger ledger, AccountJournal journal,
            ApplicationEventPublisher events) {
        this.bankId = bankId;
        this.barrier = barrier;
        this.ledger = ledger;
        this.journal = journal;
        this.events = events;
    }

    /**
     * Applies the commands in their order and returns the replies to give, one each; {@link CommandsHandled} is heard
     * once they commit. A command sees what the ones before it recorded, so a Try and its Cancel may share a batch.
     */
    @Transactional
    public List<BranchReply> handle(List<BranchCommand> commands) {
        commands.forEach(command -> CommandValidation.requireValid(command, bankId));
        // accounts first, then barrier rows, in every batch: a batch holding a barrier row never waits for an account
        ledger.lock(commands.stream().map(BranchCommand::account).distinct().toList());
        List<BranchId> named = commands.stream().map(BranchCommands::branchOf).toList();
        LockedBranches branches = ledger.locksAccounts() ? barrier.read(named) : barrier.lock(named);
        List<BranchReply> replies = new ArrayList<>(commands.size());
        List<CommandHandled> handled = new ArrayList<>(commands.size());
        List<BarrierRow> movedMoney = new ArrayList<>();
        for (BranchCommand command : commands) {
            BranchId branch = branchOf(command);
            Map<Phase, BarrierRow> recorded = branches.of(branch);
            requireSameAsTry(command, recorded.get(Phase.TRY));
            Decision decision = BarrierRules.decide(command.phase(), outcomes(recorded));
            BranchReply reply = apply(command, decision, recorded, branches);
            if (MOVING_MONEY.contains(decision.action()) && reply.outcome() == Outcome.SUCCEEDED) {
                movedMoney.add(branches.of(branch).get(reply.phase()));
            }
            handled.add(new CommandHandled(reply, decision.action() == Decision.Action.REPEAT_STORED_REPLY));
            replies.add(reply);
        }
        events.publishEvent(new CommandsHandled(handled));
        ledger.flush();
        journal.append(rows(branches.added(), movedMoney));
        return replies;
    }

    /** The barrier rows added, those that moved money each carrying its journal entry: one row for both. */
    private List<JournalRow> rows(List<BarrierRow> added, List<BarrierRow> movedMoney) {
        List<NewEntry> entries = entries(movedMoney.stream().map(BranchCommands::change).toList());
        Map<BarrierRow, NewEntry> entryOf = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            entryOf.put(movedMoney.get(i), entries.get(i));
        }
        List<JournalRow> rows = added.stream().map(row -> new JournalRow(row, entryOf.remove(row))).toList();
        if (!entryOf.isEmpty()) {
            throw new IllegalStateException("money moved with no barrier row added for it: " + entryOf.keySet());
        }
        return rows;
    }

    /** The batch's changes with each account's money after them, from one read of the accounts it changed. */
    private List<NewEntry> entries(List<MoneyMoved> moved) {
        if (moved.isEmpty()) {
            return List.of();
        }
        Map<String, AccountView> now = ledger.accounts(moved.stream().map(MoneyMoved::account).distinct().toList())
                .stream().collect(toMap(AccountView::account, identity()));
        return MoneyAfter.of(moved, now);
    }

    private static MoneyMoved change(BarrierRow row) {
        BranchId branch = row.branch();
        return new MoneyMoved(branch.account(), EntryKind.valueOf(row.phase().name()), branch.transferId(),
                branch.branch(), row.amount());
    }

    @Transactional
    public BranchReply handle(BranchCommand command) {
        return handle(List.of(command)).get(0);
    }

    private BranchReply apply(BranchCommand command, Decision decision, Map<Phase, BarrierRow> recorded,
            LockedBranches branches) {
        BranchId branch = branchOf(command);
        BarrierRow tried = recorded.get(Phase.TRY);
        return switch (decision.action()) {
            case REPEAT_STORED_REPLY -> reply(recorded.get(command.phase()));
            case RESERVE -> {
                Optional<Reason> refusal = reserve(order(command));
                yield record(branch, Phase.TRY, command, refusal.isEmpty() ? Outcome.SUCCEEDED : Outcome.FAILED,
                        refusal.orElse(null), branches);
            }
            case REFUSE_TRY -> record(branch, Phase.TRY, command, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY, branches);
            case CANCEL_WITHOUT_TRY -> {
                record(branch, Phase.TRY, command, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY, branches);
                yield record(branch, Phase.CANCEL, command, Outcome.SUCCEEDED, null, branches);
            }
            case RELEASE -> {
                release(order(tried));
                yield recordAfter(tried, Phase.CANCEL, branches);
            }
            case CANCEL_FAILED_TRY -> recordAfter(tried, Phase.CANCEL, branches);
            case SETTLE -> {
                settle(order(tried));
                yield recordAfter(tried, Phase.CONFIRM, branches);
            }
            case REJECT -> reject(command, decision.rejection());
        };
    }

    private Optional<Reason> reserve(BranchOrder order) {
        Optional<Reason> refusal = order.branch() == Branch.DEBIT ? ledger.tryDebit(order) : ledger.tryCredit(order);
        refusal.filter(reason -> !TRY_REFUSALS.contains(reason)).ifPresent(reason -> {
            throw new IllegalStateException("the ledger refused a Try with " + reason + "; a Try is refused with one of "
                    + TRY_REFUSALS);
        });
        return refusal;
    }

    private void settle(BranchOrder order) {
        if (order.branch() == Branch.DEBIT) {
            ledger.confirmDebit(order);
        } else {
            ledger.confirmCredit(order);
        }
    }

    private void release(BranchOrder order) {
        if (order.branch() == Branch.DEBIT) {
            ledger.cancelDebit(order);
        } else {
            ledger.cancelCredit(order);
        }
    }

    /**
     * Every later command of a branch must say what its Try said: the barrier answers a command from what the Try
     * recorded, so one that differs (planted before the real one, or sent by a bug) must not be taken for it.
     */
    private static void requireSameAsTry(BranchCommand command, BarrierRow tried) {
        if (tried != null) {
            BarrierRules.contradiction(command.amount(), tried.amount()).ifPresent(problem -> {
                throw new MismatchedMessageException("command contradicts the Try recorded for its branch, " + problem
                        + ": " + command);
            });
        }
    }

    private BranchReply reject(BranchCommand command, Reason reason) {
        if (reason == Reason.TRY_NOT_SUCCEEDED) {
            log.error("Refused {}: its Try never succeeded, so no money is moved", command);
        } else {
            log.warn("Refused {}: {}", command, reason);
        }
        return new BranchReply(command.transferId(), command.branch(), command.phase(), bankId, command.account(),
                command.amount(), Outcome.FAILED, reason);
    }

    private BranchReply record(BranchId branch, Phase phase, BranchCommand command, Outcome outcome,
            Reason reason, LockedBranches branches) {
        return reply(branches.add(BarrierRow.of(branch, phase, command.amount(), outcome, reason)));
    }

    // Confirm and Cancel act on what the Try reserved, whatever the later command says.
    private BranchReply recordAfter(BarrierRow tried, Phase phase, LockedBranches branches) {
        return reply(branches.add(BarrierRow.of(tried.branch(), phase, tried.amount(), Outcome.SUCCEEDED, null)));
    }

    private BranchReply reply(BarrierRow row) {
        BranchId branch = row.branch();
        return new BranchReply(branch.transferId(), branch.branch(), row.phase(), bankId, branch.account(),
                row.amount(), row.outcome(), row.reason());
    }

    private static BranchOrder order(BranchCommand command) {
        return new BranchOrder(command.transferId(), command.branch(), command.account(), command.amount());
    }

    private static BranchOrder order(BarrierRow tried) {
        BranchId branch = tried.branch();
        return new BranchOrder(branch.transferId(), branch.branch(), branch.account(), tried.amount());
    }

    private static BranchId branchOf(BranchCommand command) {
        return new BranchId(command.transferId(), command.branch(), command.account());
    }

    private static Map<Phase, Outcome> outcomes(Map<Phase, BarrierRow> recorded) {
        return recorded.values().stream().collect(toMap(BarrierRow::phase, BarrierRow::outcome));
    }
}
