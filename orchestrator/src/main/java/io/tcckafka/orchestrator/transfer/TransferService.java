package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Phase;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.kafka.Failpoint;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.clock.DatabaseClock;
import io.tcckafka.orchestrator.outbox.Outbox;
import jakarta.persistence.EntityManager;

/**
 * Runs each step of a transfer in one local transaction: load and lock, apply, store, write the outbox. Publishes
 * each {@link StatusChange} and {@link CommandsResent} for the metrics, which hear them once the step commits.
 */
@Service
public class TransferService {

    private static final Logger log = LoggerFactory.getLogger(TransferService.class);

    private final TransferRepository transfers;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final DatabaseClock clock;
    private final OrchestratorProperties properties;
    private final ApplicationEventPublisher events;

    public TransferService(TransferRepository transfers, EntityManager entityManager, Outbox outbox,
            DatabaseClock clock, OrchestratorProperties properties, ApplicationEventPublisher events) {
        this.transfers = transfers;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Starts each transfer, or answers a repeated request with the current status; returns the transfers in the
     * order of the requests. A concurrent first submission of the same id on another instance makes the insert
     * fail; the caller's retry then finds the row.
     */
    @Transactional
    public List<Transfer> submit(List<TransferRequest> requests) {
        Instant now = clock.now();
        Map<String, Transfer> known = new HashMap<>();
        transfers.findAllById(requests.stream().map(TransferRequest::transferId).toList())
                .forEach(transfer -> known.put(transfer.id(), transfer));
        List<Transfer> submitted = new ArrayList<>(requests.size());
        List<Message> messages = new ArrayList<>();
        for (TransferRequest request : requests) {
            RequestValidator.requireValidTransferId(request.transferId());
            String fingerprint = RequestFingerprint.of(request);
            Transfer transfer = known.get(request.transferId());
            if (transfer != null) {
                if (!transfer.sameRequest(fingerprint)) {
                    throw new ConflictingRequestException(request.transferId());
                }
                messages.add(Message.event(transfer.statusEvent()));
            } else {
                transfer = RequestValidator.rejection(request, properties.banks())
                        .map(reason -> Transfer.reject(request.transferId(), fingerprint, reason, now))
                        .orElseGet(() -> Transfer.accept(request, fingerprint, now, properties.tryTimeout()));
                entityManager.persist(transfer);
                known.put(transfer.id(), transfer);
                messages.addAll(transfer.openingMessages());
                events.publishEvent(StatusChange.started(transfer));
            }
            submitted.add(transfer);
        }
        outbox.append(messages, now);
        return submitted;
    }

    @Transactional
    public Transfer submit(TransferRequest request) {
        return submit(List.of(request)).get(0);
    }

    /**
     * Applies replies in their order, each transfer locked once (in id order, so two instances cannot deadlock on
     * a set of them).
     */
    @Transactional
    public void onReplies(List<BranchReply> replies) {
        Map<String, Transfer> locked = new HashMap<>();
        transfers.lockAll(replies.stream().map(BranchReply::transferId).distinct().toList())
                .forEach(transfer -> locked.put(transfer.id(), transfer));
        Instant now = clock.now();
        List<Message> messages = new ArrayList<>();
        for (BranchReply reply : replies) {
            Transfer transfer = locked.get(reply.transferId());
            if (transfer == null) {
                throw new InvalidMessageException("no transfer " + reply.transferId());
            }
            ReplyValidator.requireAnswersFor(reply, transfer.branches().get(reply.branch()), transfer.amount());
            if (reply.phase() != Phase.TRY && !reply.succeeded()) {
                log.error("{} {} of transfer {} refused by {}: {}; it will be sent again", reply.phase(),
                        reply.branch(), reply.transferId(), reply.bank(), reply.reason());
            }
            TransferStatus before = transfer.status();
            Instant since = transfer.statusChangedAt();
            messages.addAll(transfer.onReply(reply, now, properties.retryBackoff()));
            publishChange(before, since, transfer);
        }
        outbox.append(messages, now);
        Failpoint.reach("orchestrator.reply-before-commit", messages::toString);
    }

    /** Fires the due Try deadlines and re-sends; returns how many transfers it looked at. */
    @Transactional
    public int fireDueTimers() {
        Instant now = clock.now();
        List<Transfer> due = transfers.lockDue(now, properties.timerBatch());
        List<Message> messages = new ArrayList<>();
        for (Transfer transfer : due) {
            TransferStatus before = transfer.status();
            Instant since = transfer.statusChangedAt();
            List<Message> sent = transfer.onTimer(now, properties.retryBackoff());
            messages.addAll(sent);
            if (!publishChange(before, since, transfer) && !sent.isEmpty()) {
                events.publishEvent(new CommandsResent(transfer.settlementPhase(), sent.size()));
            }
        }
        outbox.append(messages, now);
        return due.size();
    }

    /** Publishes the transfer's status change, if this step made one. */
    private boolean publishChange(TransferStatus before, Instant since, Transfer transfer) {
        if (transfer.status() == before) {
            return false;
        }
        events.publishEvent(StatusChange.after(before, since, transfer));
        return true;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Transfer> find(String transferId) {
        return transfers.findById(transferId);
    }
}
