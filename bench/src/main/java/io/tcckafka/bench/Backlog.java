package io.tcckafka.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

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
                long records = lag(admin);
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

    /** Records on the groups' partitions past their committed offsets, summed. */
    private long lag(Admin admin) throws InterruptedException, ExecutionException {
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(specs).all()
                .get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        committed.values().forEach(offsets -> offsets.keySet().forEach(p -> ends.put(p, OffsetSpec.latest())));
        var endOffsets = admin.listOffsets(ends).all().get();
        long lag = 0;
        for (Map<TopicPartition, OffsetAndMetadata> offsets : committed.values()) {
            for (var offset : offsets.entrySet()) {
                if (offset.getValue() != null) {
                    lag += Math.max(0, endOffsets.get(offset.getKey()).offset() - offset.getValue().offset());
                }
            }
        }
        return lag;
    }
}
