package io.tcckafka.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tcckafka.events.Identifiers;
import io.tcckafka.kafka.CommandTopicRetention;

/**
 * What a deployment's Kafka holds for this system: the banks that take part, the client and operator principals,
 * and how the topics are laid out.
 *
 * @param replicationFactor  of every topic: 1 on a single broker, 3 on a real cluster
 * @param minInsyncReplicas  of every topic: with {@code acks=all}, how many replicas must have a record before it
 *                           counts as written (replication factor − 1 on a real cluster)
 * @param commandRetention   of the bank command topics, which the banks' barrier purge relies on
 */
public record Deployment(List<String> banks, List<String> clients, List<String> operators, int partitions,
        short replicationFactor, int minInsyncReplicas, CommandTopicRetention commandRetention) {

    public static final CommandTopicRetention DEFAULT_COMMAND_RETENTION = new CommandTopicRetention(
            Duration.ofDays(7), Duration.ofHours(1));

    public Deployment {
        banks = List.copyOf(banks);
        clients = List.copyOf(clients);
        operators = List.copyOf(operators);
        if (banks.isEmpty()) {
            throw new IllegalArgumentException("a deployment needs at least one bank");
        }
        if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("partitions and the replication factor must be at least 1, and "
                    + "min.insync.replicas 1 to the replication factor");
        }
        requireDistinctNames(banks, clients, operators);
    }

    /** bank-a, bank-b, …, one client and one operator principal, 6 partitions, one replica each. */
    public static Deployment of(List<String> banks) {
        return new Deployment(banks, List.of(Principals.CLIENT), List.of(Principals.OPERATOR), 6, (short) 1, 1,
                DEFAULT_COMMAND_RETENTION);
    }

    public Deployment withPartitions(int count) {
        return new Deployment(banks, clients, operators, count, replicationFactor, minInsyncReplicas,
                commandRetention);
    }

    public Deployment withCommandRetention(CommandTopicRetention retention) {
        return new Deployment(banks, clients, operators, partitions, replicationFactor, minInsyncReplicas, retention);
    }

    /** Every principal that needs a password: the orchestrator, each bank, each client and operator. */
    public List<String> principals() {
        List<String> all = new ArrayList<>(List.of(Principals.ORCHESTRATOR));
        all.addAll(banks);
        all.addAll(clients);
        all.addAll(operators);
        return all;
    }

    // A bank's principal and consumer group are its name: no two principals may share one, and no bank's group may
    // fall under a client's or operator's group prefix.
    private static void requireDistinctNames(List<String> banks, List<String> clients, List<String> operators) {
        Set<String> seen = new HashSet<>(Principals.RESERVED);
        List<String> people = new ArrayList<>(clients);
        people.addAll(operators);
        List<String> all = new ArrayList<>(banks);
        all.addAll(people);
        for (String name : all) {
            if (!Identifiers.isValid(name)) {
                throw new IllegalArgumentException("principal " + name + " must be " + Identifiers.RULE);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(name + " is taken: principals are admin, orchestrator, each bank, "
                        + "each client and each operator, all different");
            }
        }
        for (String bank : banks) {
            for (String person : people) {
                if (bank.startsWith(Principals.groupPrefix(person))) {
                    throw new IllegalArgumentException("bank " + bank + " would fall under the consumer groups of "
                            + person + " (" + Principals.groupPrefix(person) + "*)");
                }
            }
        }
    }
}
