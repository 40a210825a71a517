package io.tcckafka.bank.participant;

import static java.util.stream.Collectors.toMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.bank.account.AccountLedger;
import io.tcckafka.bank.barrier.BarrierRules;
import io.tcckafka.bank.barrier.BranchBarrier;
import io.tcckafka.bank.barrier.BranchId;
import io.tcckafka.bank.barrier.BranchKey;
import io.tcckafka.bank.barrier.BranchRecord;
import io.tcckafka.bank.barrier.Decision;
import io.tcckafka.bank.barrier.LockedBranches;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.kafka.MismatchedMessageException;

/**
 * Applies a batch of branch commands behind the barrier in one transaction: the money changes and the barrier rows
 * commit together. A racing duplicate fails on the barrier's primary key and rolls back; its retry then sees the
 * stored reply.
 */
@Service
public class ParticipantService {

    private static final Logger log = LoggerFactory.getLogger(ParticipantService.class);

    private final String bankId;
    private final BranchBarrier barrier;
    private final AccountLedger ledger;
    private final ApplicationEventPublisher events;

    public ParticipantService(@Value("${tcc.bank.id}") String bankId, BranchBarrier barrier, AccountLedger ledger,
            ApplicationEventPublisher events) {
        this.bankId = bankId;
        this.barrier = barrier;
        this.ledger = ledger;
        this.events = events;
    }

    /**
     * Applies the commands in their order and returns the replies to give, one each; {@link CommandHandled} is heard
     * once they commit. A command sees what the ones before it recorded, so a Try and its Cancel may share a batch.
     */
    @Transactional
    public List<BranchReply> handle(List<BranchCommand> commands) {
        commands.forEach(command -> CommandValidation.requireValid(command, bankId));
        LockedBranches branches = barrier.lock(commands.stream().map(ParticipantService::branchOf).toList());
        List<BranchReply> replies = new ArrayList<>(commands.size());
        for (BranchCommand command : commands) {
            Map<Phase, BranchRecord> recorded = branches.of(branchOf(command));
            requireSameAsTry(command, recorded.get(Phase.TRY));
            Decision decision = BarrierRules.decide(command.phase(), outcomes(recorded));
            BranchReply reply = apply(command, decision, recorded, branches);
            events.publishEvent(new CommandHandled(reply, decision.action() == Decision.Action.REPEAT_STORED_REPLY));
            replies.add(reply);
        }
        barrier.insertAdded(branches);
        return replies;
    }

    @Transactional
    public BranchReply handle(BranchCommand command) {
        return handle(List.of(command)).get(0);
    }

    private BranchReply apply(BranchCommand command, Decision decision, Map<Phase, BranchRecord> recorded,
            LockedBranches branches) {
        BranchRecord tried = recorded.get(Phase.TRY);
        return switch (decision.action()) {
            case REPEAT_STORED_REPLY -> reply(recorded.get(command.phase()));
            case RESERVE -> reserve(command, branches);
            case REFUSE_TRY -> record(command, Phase.TRY, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY, branches);
            case CANCEL_WITHOUT_TRY -> {
                record(command, Phase.TRY, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY, branches);
                yield record(command, Phase.CANCEL, Outcome.SUCCEEDED, null, branches);
            }
            case RELEASE -> {
                ledger.release(tried.branch(), tried.account(), tried.amount());
                yield recordAfter(tried, Phase.CANCEL, branches);
            }
            case CANCEL_FAILED_TRY -> recordAfter(tried, Phase.CANCEL, branches);
            case SETTLE -> {
                ledger.settle(tried.branch(), tried.account(), tried.amount());
                yield recordAfter(tried, Phase.CONFIRM, branches);
            }
            case REJECT -> reject(command, decision.rejection());
        };
    }

    /**
     * Every later command of a branch must say what its Try said: the barrier answers a command from what the Try
     * recorded, so one that differs (planted before the real one, or sent by a bug) must not be taken for it.
     */
    private static void requireSameAsTry(BranchCommand command, BranchRecord tried) {
        if (tried != null) {
            BarrierRules.contradiction(command.account(), command.amount(), tried.account(), tried.amount())
                    .ifPresent(problem -> {
                        throw new MismatchedMessageException("command contradicts the Try recorded for its branch, "
                                + problem + ": " + command);
                    });
        }
    }

    private BranchReply reserve(BranchCommand command, LockedBranches branches) {
        Optional<Reason> failure = ledger.reserve(command.branch(), command.account(), command.amount());
        return record(command, Phase.TRY, failure.isEmpty() ? Outcome.SUCCEEDED : Outcome.FAILED, failure.orElse(null),
                branches);
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

    private BranchReply record(BranchCommand command, Phase phase, Outcome outcome, Reason reason,
            LockedBranches branches) {
        var key = new BranchKey(command.transferId(), command.branch(), phase);
        return reply(branches.add(new BranchRecord(key, command.account(), command.amount(), outcome, reason)));
    }

    // Confirm and Cancel act on what the Try reserved, whatever the later command says.
    private BranchReply recordAfter(BranchRecord tried, Phase phase, LockedBranches branches) {
        var key = new BranchKey(tried.getId().transferId(), tried.branch(), phase);
        return reply(branches.add(new BranchRecord(key, tried.account(), tried.amount(), Outcome.SUCCEEDED, null)));
    }

    private BranchReply reply(BranchRecord record) {
        BranchKey key = record.getId();
        return new BranchReply(key.transferId(), key.branch(), key.phase(), bankId, record.account(), record.amount(),
                record.outcome(), record.reason());
    }

    private static BranchId branchOf(BranchCommand command) {
        return new BranchId(command.transferId(), command.branch());
    }

    private static Map<Phase, Outcome> outcomes(Map<Phase, BranchRecord> recorded) {
        return recorded.values().stream().collect(toMap(BranchRecord::phase, BranchRecord::outcome));
    }
}
