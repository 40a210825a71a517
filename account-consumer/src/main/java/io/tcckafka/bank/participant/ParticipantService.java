package io.tcckafka.bank.participant;

import static java.util.stream.Collectors.toMap;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.bank.account.AccountLedger;
import io.tcckafka.bank.barrier.BarrierRules;
import io.tcckafka.bank.barrier.BranchKey;
import io.tcckafka.bank.barrier.BranchRecord;
import io.tcckafka.bank.barrier.BranchRecordRepository;
import io.tcckafka.bank.barrier.Decision;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * Applies one branch command behind the barrier: the money change and the barrier row commit together.
 * A racing duplicate fails on the barrier's primary key and rolls back; its retry then sees the stored reply.
 */
@Service
public class ParticipantService {

    private static final Logger log = LoggerFactory.getLogger(ParticipantService.class);

    private final String bankId;
    private final BranchRecordRepository barrier;
    private final AccountLedger ledger;
    private final ApplicationEventPublisher events;

    public ParticipantService(@Value("${tcc.bank.id}") String bankId, BranchRecordRepository barrier,
            AccountLedger ledger, ApplicationEventPublisher events) {
        this.bankId = bankId;
        this.barrier = barrier;
        this.ledger = ledger;
        this.events = events;
    }

    /** Applies the command and returns the reply to give; {@link CommandHandled} is heard once it commits. */
    @Transactional
    public BranchReply handle(BranchCommand command) {
        CommandValidation.requireValid(command, bankId);
        // A Confirm and a Cancel of one branch queue on the Try row, and the rows are read only after that
        // lock, so the second of them sees the first one's row.
        barrier.lockTry(command.transferId(), command.branch().name());
        Map<Phase, BranchRecord> recorded = barrier.findBranch(command.transferId(), command.branch()).stream()
                .collect(toMap(BranchRecord::phase, Function.identity()));
        Decision decision = BarrierRules.decide(command.phase(), outcomes(recorded));
        BranchReply reply = apply(command, decision, recorded);
        events.publishEvent(new CommandHandled(reply, decision.action() == Decision.Action.REPEAT_STORED_REPLY));
        return reply;
    }

    private BranchReply apply(BranchCommand command, Decision decision, Map<Phase, BranchRecord> recorded) {
        BranchRecord tried = recorded.get(Phase.TRY);
        return switch (decision.action()) {
            case REPEAT_STORED_REPLY -> reply(recorded.get(command.phase()));
            case RESERVE -> reserve(command);
            case REFUSE_TRY -> record(command, Phase.TRY, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY);
            case CANCEL_WITHOUT_TRY -> {
                record(command, Phase.TRY, Outcome.FAILED, Reason.CANCELLED_BEFORE_TRY);
                yield record(command, Phase.CANCEL, Outcome.SUCCEEDED, null);
            }
            case RELEASE -> {
                ledger.release(tried.branch(), tried.account(), tried.amount());
                yield recordAfter(tried, Phase.CANCEL);
            }
            case CANCEL_FAILED_TRY -> recordAfter(tried, Phase.CANCEL);
            case SETTLE -> {
                ledger.settle(tried.branch(), tried.account(), tried.amount());
                yield recordAfter(tried, Phase.CONFIRM);
            }
            case REJECT -> reject(command, decision.rejection());
        };
    }

    private BranchReply reserve(BranchCommand command) {
        Optional<Reason> failure = ledger.reserve(command.branch(), command.account(), command.amount());
        return record(command, Phase.TRY, failure.isEmpty() ? Outcome.SUCCEEDED : Outcome.FAILED, failure.orElse(null));
    }

    private BranchReply reject(BranchCommand command, Reason reason) {
        if (reason == Reason.TRY_NOT_SUCCEEDED) {
            log.error("Refused {}: its Try never succeeded, so no money is moved", command);
        } else {
            log.warn("Refused {}: {}", command, reason);
        }
        return new BranchReply(command.transferId(), command.branch(), command.phase(), bankId, Outcome.FAILED, reason);
    }

    private BranchReply record(BranchCommand command, Phase phase, Outcome outcome, Reason reason) {
        return store(key(command, phase), command.account(), command.amount(), outcome, reason);
    }

    // Confirm and Cancel act on what the Try reserved, whatever the later command says.
    private BranchReply recordAfter(BranchRecord tried, Phase phase) {
        var key = new BranchKey(tried.getId().transferId(), tried.branch(), phase);
        return store(key, tried.account(), tried.amount(), Outcome.SUCCEEDED, null);
    }

    private BranchReply store(BranchKey key, String account, BigDecimal amount, Outcome outcome, Reason reason) {
        return reply(barrier.saveAndFlush(new BranchRecord(key, account, amount, outcome, reason)));
    }

    private BranchReply reply(BranchRecord record) {
        BranchKey key = record.getId();
        return new BranchReply(key.transferId(), key.branch(), key.phase(), bankId, record.outcome(), record.reason());
    }

    private static BranchKey key(BranchCommand command, Phase phase) {
        return new BranchKey(command.transferId(), command.branch(), phase);
    }

    private static Map<Phase, Outcome> outcomes(Map<Phase, BranchRecord> recorded) {
        return recorded.values().stream().collect(toMap(BranchRecord::phase, BranchRecord::outcome));
    }
}
