package io.tcckafka.conformance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Topics;

/**
 * The kit in the orchestrator's place: writes commands to the bank's command topic, keyed by account as the contract
 * says, and collects every reply on its reply topic from the moment it opened.
 */
final class BankChannel implements AutoCloseable {

    /** What a reply answers for: one phase of one branch. */
    record Identity(String transferId, Branch branch, String account, Phase phase) {

        static Identity of(BranchCommand command) {
            return new Identity(command.transferId(), command.branch(), command.account(), command.phase());
        }

        static Identity of(BranchReply reply) {
            return new Identity(reply.transferId(), reply.branch(), reply.account(), reply.phase());
        }
    }

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private final String bank;
    private final KafkaProducer<String, byte[]> producer;
    private final TopicTail replyTail;
    private final Map<Identity, List<BranchReply>> replies = new HashMap<>();
    private final Map<Identity, Integer> sent = new HashMap<>();
    private final List<String> unreadableReplies = new ArrayList<>();

    BankChannel(String bank, Properties coordinator) {
        this.bank = bank;
        this.producer = new KafkaProducer<>(producerConfig(coordinator));
        this.replyTail = new TopicTail(Topics.bankReplies(bank), coordinator, this::receive);
    }

    /** Sends the command and waits for its reply: the first reply to it, or for a repeat, the one after the last. */
    BranchReply call(BranchCommand command) {
        Identity identity = Identity.of(command);
        int expected;
        synchronized (this) {
            expected = sent.merge(identity, 1, Integer::sum);
        }
        send(command);
        return await(identity, expected);
    }

    /** Sends without waiting; {@link #await} the reply later. */
    void send(BranchCommand command) {
        sendRaw(command.account(), EventJson.write(command).getBytes(StandardCharsets.UTF_8), command.transferId());
    }

    /** The {@code count}th reply to this phase of this branch. */
    BranchReply await(Identity identity, int count) {
        Instant giveUpAt = Instant.now().plus(REPLY_TIMEOUT);
        synchronized (this) {
            while (replies.getOrDefault(identity, List.of()).size() < count) {
                long left = Duration.between(Instant.now(), giveUpAt).toMillis();
                if (left <= 0) {
                    throw new ConformanceFailure("no reply to " + identity + " within " + REPLY_TIMEOUT.toSeconds()
                            + " s" + (count > 1 ? " (reply " + count + " to the same command)" : ""));
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return replies.get(identity).get(count - 1);
        }
    }

    /** Every reply to this phase of this branch so far. */
    synchronized List<BranchReply> repliesTo(Identity identity) {
        return List.copyOf(replies.getOrDefault(identity, List.of()));
    }

    /** Replies that were not a readable BranchReply of this bank. */
    synchronized List<String> unreadableReplies() {
        return List.copyOf(unreadableReplies);
    }

    /** A record as it is given, for the hostile cases: any key, any bytes. */
    void sendRaw(String key, byte[] value, String subject) {
        var record = new ProducerRecord<String, byte[]>(Topics.bankCommands(bank), key, value);
        record.headers().add(EventHeaders.SPEC_VERSION, bytes(EventHeaders.CLOUDEVENTS_1_0));
        record.headers().add(EventHeaders.ID, bytes(UUID.randomUUID().toString()));
        record.headers().add(EventHeaders.SOURCE, bytes("/tcc/conformance"));
        record.headers().add(EventHeaders.TYPE, bytes(EventHeaders.COMMAND_TYPE));
        record.headers().add(EventHeaders.CONTENT_TYPE, bytes(EventHeaders.JSON));
        if (subject != null) {
            record.headers().add(EventHeaders.SUBJECT, bytes(subject));
        }
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + record.topic() + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void receive(ConsumerRecord<String, byte[]> record) {
        try {
            BranchReply reply = EventJson.read(record.value(), BranchReply.class);
            replies.computeIfAbsent(Identity.of(reply), identity -> new ArrayList<>()).add(reply);
        } catch (RuntimeException unreadable) {
            unreadableReplies.add("offset " + record.offset() + " of partition " + record.partition() + ": "
                    + unreadable.getMessage());
        }
        notifyAll();
    }

    @Override
    public void close() {
        replyTail.close();
        producer.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Properties producerConfig(Properties coordinator) {
        Properties config = new Properties();
        config.putAll(coordinator);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
