package io.tcckafka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import io.tcckafka.launcher.load.ProgressLine;

/**
 * What the services have still to read after a load: the records on their topics past their consumer groups'
 * committed offsets. An overloaded run leaves a backlog that the stack works off for minutes after the load
 * stops; the baselines wait for it, so they do not share the machine with it.
 */
final class Backlog {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final Properties adminConfig;
    private final Collection<String> groups;

    Backlog(Properties adminConfig, Collection<String> groups) {
        this.adminConfig = adminConfig;
        this.groups = groups;
    }

    /**
     * Waits until the groups lag by nothing on two reads a second apart (a transfer's timer may send one more
     * command between them), at most {@code limit}.
     *
     * @return how long it took, in whole seconds; null if the backlog was still there after {@code limit}
     */
    Long awaitDrained(Duration limit, ProgressLine progress) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        try (Admin admin = Admin.create(adminConfig)) {
            for (int emptyReads = 0; ; Thread.sleep(POLL.toMillis())) {
                long records = lag(admin, groups);
                emptyReads = records == 0 ? emptyReads + 1 : 0;
                long elapsed = System.nanoTime() - start;
                progress.show("backlog", TimeUnit.NANOSECONDS.toSeconds(elapsed), limit.toSeconds(),
                        records + " records left to read");
                if (emptyReads == 2 || elapsed >= limit.toNanos()) {
                    return emptyReads == 2 ? TimeUnit.NANOSECONDS.toSeconds(elapsed) : null;
                }
            }
        } finally {
            progress.finish();
        }
    }

    /**
     * Records on the groups' partitions past their committed offsets, summed. A partition that a group reads but has
     * never committed (its member was assigned it, nothing was read yet) counts from its first record, where these
     * services start ({@code auto-offset-reset=earliest}).
     */
    static long lag(Admin admin, Collection<String> groups) throws InterruptedException, ExecutionException {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(specs).all()
                .get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
        List<Read> reads = new ArrayList<>();
        for (var group : admin.describeConsumerGroups(groups).describedGroups().entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(group.getKey(), Map.of());
            Set<TopicPartition> partitions = new HashSet<>(offsets.keySet());
            members(group.getValue()).forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = offsets.get(partition);
                ends.put(partition, OffsetSpec.latest());
                if (offset == null) {
                    starts.put(partition, OffsetSpec.earliest());
                }
                reads.add(new Read(partition, offset == null ? null : offset.offset()));
            }
        }
        var endOffsets = admin.listOffsets(ends).all().get();
        var startOffsets = starts.isEmpty() ? Map.<TopicPartition, ListOffsetsResultInfo>of()
                : admin.listOffsets(starts).all().get();
        long lag = 0;
        for (Read read : reads) {
            long from = read.committed() != null ? read.committed() : startOffsets.get(read.partition()).offset();
            lag += Math.max(0, endOffsets.get(read.partition()).offset() - from);
        }
        return lag;
    }

    /** A partition a group reads, and the offset it committed there; null if none. */
    private record Read(TopicPartition partition, Long committed) {
    }

    /** A group's members now; none for a group that does not exist (yet), which Kafka 4's admin reports as an error. */
    private static Collection<MemberDescription> members(KafkaFuture<ConsumerGroupDescription> group)
            throws InterruptedException, ExecutionException {
        try {
            return group.get().members();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw e;
        }
    }
}
