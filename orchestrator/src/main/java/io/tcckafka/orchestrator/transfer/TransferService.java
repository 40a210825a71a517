package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * Runs each step of a transfer in one local transaction: load and lock, apply, store, write the outbox. Publishes
 * each {@link StatusChange} and {@link CommandsResent} for the metrics, which hear them once the step commits.
 */
@Service
public class TransferService {

    private static final Logger log = LoggerFactory.getLogger(TransferService.class);

    private final TransferStore store;
    private final Outbox outbox;
    private final DatabaseClock clock;
    private final OrchestratorProperties properties;
    private final ApplicationEventPublisher events;

    public TransferService(TransferStore store, Outbox outbox, DatabaseClock clock, OrchestratorProperties properties,
            ApplicationEventPublisher events) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    /**
     * A poll of the orchestrator's topics: its requests submitted, then its replies applied, in one transaction that
     * writes one outbox row for what both send.
     */
    @Transactional
    public void step(List<Submission> submissions, List<BranchReply> replies) {
        List<Message> messages = new ArrayList<>();
        if (!submissions.isEmpty()) {
            submit(submissions, messages);
        }
        List<Message> decided = replies.isEmpty() ? List.of() : onReplies(replies);
        messages.addAll(decided);
        outbox.append(messages, clock.now());
        if (!replies.isEmpty()) {
            Failpoint.reach("orchestrator.reply-before-commit", decided::toString);
        }
    }

    /** A request made over HTTP. */
    @Transactional
    public Transfer submit(TransferRequest request) {
        List<Message> messages = new ArrayList<>();
        Transfer transfer = submit(List.of(Submission.of(request)), messages).get(0);
        outbox.append(messages, clock.now());
        return transfer;
    }

    /**
     * Starts each transfer, or answers a repeated request with the current status; returns the transfers in the
     * order of the submissions, and adds what they send to {@code messages}. A concurrent first submission of the same
     * id on another instance makes the insert fail; the caller's retry then finds the row. A repeat reads its transfer
     * without a lock: the transfer is one row, read by one statement, so what it answers is a status the transfer had.
     */
    private List<Transfer> submit(List<Submission> submissions, List<Message> messages) {
        Instant now = clock.now();
        Map<String, Transfer> known = new HashMap<>();
        store.findAll(submissions.stream().map(Submission::transferId).distinct().toList())
                .forEach(transfer -> known.put(transfer.id(), transfer));
        List<Transfer> submitted = new ArrayList<>(submissions.size());
        List<Transfer> started = new ArrayList<>();
        for (Submission submission : submissions) {
            RequestValidator.requireValidTransferId(submission.transferId());
            Transfer transfer = known.get(submission.transferId());
            if (transfer != null) {
                if (!transfer.sameRequest(submission.fingerprint())) {
                    throw new ConflictingRequestException(submission.transferId());
                }
                messages.add(Message.event(transfer.statusEvent()));
            } else {
                transfer = start(submission, now);
                known.put(transfer.id(), transfer);
                started.add(transfer);
                messages.addAll(transfer.openingMessages());
                events.publishEvent(StatusChange.started(transfer));
            }
            submitted.add(transfer);
        }
        store.insert(started);
        return submitted;
    }

    private Transfer start(Submission submission, Instant now) {
        Optional<Rejection> rejection = submission.request() == null
                ? Optional.of(Rejection.invalid(submission.unreadable()))
                : RequestValidator.rejection(submission.request(), properties.banks());
        return rejection
                .map(why -> Transfer.reject(submission.transferId(), submission.fingerprint(), why, now))
                .orElseGet(() -> Transfer.accept(submission.transferId(), submission.fingerprint(),
                        submission.request().allPostings(), now, properties.tryTimeout()));
    }

    /**
     * Applies replies in their order, each transfer locked once (in id order, so two instances cannot deadlock on
     * a set of them); returns what they decided to send.
     */
    private List<Message> onReplies(List<BranchReply> replies) {
        LockedTransfers locked = store.lockAll(replies.stream().map(BranchReply::transferId).distinct().toList());
        Instant now = clock.now();
        List<Message> messages = new ArrayList<>();
        for (BranchReply reply : replies) {
            Transfer transfer = locked.get(reply.transferId())
                    .orElseThrow(() -> new InvalidMessageException("no transfer " + reply.transferId()
                            + " (never started, or finished and removed by retention)"));
            ReplyValidator.requireAnswersFor(reply, transfer);
            if (reply.phase() != Phase.TRY && !reply.succeeded()) {
                log.error("{} {} {}/{} of transfer {} refused: {}; it will be sent again", reply.phase(),
                        reply.branch(), reply.bank(), reply.account(), reply.transferId(), reply.reason());
            }
            TransferStatus before = transfer.status();
            Instant since = transfer.statusChangedAt();
            messages.addAll(transfer.onReply(reply, now, properties.retryBackoff()));
            publishChange(before, since, transfer);
        }
        store.save(locked);
        return messages;
    }

    /** Fires the due Try deadlines and re-sends; returns how many transfers it looked at. */
    @Transactional
    public int fireDueTimers() {
        Instant now = clock.now();
        LockedTransfers due = store.lockDue(now, properties.timerBatch());
        List<Message> messages = new ArrayList<>();
        for (Transfer transfer : due.all()) {
            TransferStatus before = transfer.status();
            Instant since = transfer.statusChangedAt();
            List<Message> sent = transfer.onTimer(now, properties.retryBackoff());
            messages.addAll(sent);
            if (!publishChange(before, since, transfer) && !sent.isEmpty()) {
                events.publishEvent(new CommandsResent(transfer.settlementPhase(), sent.size()));
            }
        }
        store.save(due);
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
    public Optional<Transfer> find(String transferId) {
        return store.find(transferId);
    }
}
