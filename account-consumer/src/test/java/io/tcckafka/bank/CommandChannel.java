package io.tcckafka.bank;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.testing.TopicProbe;

/** A bank driven through Kafka as the orchestrator drives it: commands on its topic, replies on its own. */
final class CommandChannel {

    private final TopicProbe probe;
    private final String commands;
    private final String replies;

    CommandChannel(TopicProbe probe, String bank) {
        this.probe = probe;
        this.commands = Topics.bankCommands(bank);
        this.replies = Topics.bankReplies(bank);
    }

    BranchReply send(BranchCommand command) {
        return send(1, command).get(0);
    }

    /** Sends the command {@code times} times and returns the replies to these copies only. */
    List<BranchReply> send(int times, BranchCommand command) {
        int earlier = awaitReplies(command, 0).size();
        for (int i = 0; i < times; i++) {
            probe.send(commands, command.account(), command);
        }
        List<BranchReply> all = awaitReplies(command, earlier + times);
        return all.subList(earlier, all.size());
    }

    private List<BranchReply> awaitReplies(BranchCommand command, int count) {
        return probe.awaitRecords(replies, record -> isReplyTo(record, command), count).stream()
                .map(record -> EventJson.read(record.value(), BranchReply.class))
                .toList();
    }

    private static boolean isReplyTo(ConsumerRecord<String, String> record, BranchCommand command) {
        if (!command.transferId().equals(record.key())) {
            return false;
        }
        BranchReply reply = EventJson.read(record.value(), BranchReply.class);
        return reply.branch() == command.branch() && reply.phase() == command.phase();
    }
}
