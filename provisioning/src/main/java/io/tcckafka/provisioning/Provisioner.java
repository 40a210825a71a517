package io.tcckafka.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Brings a cluster to what a {@link Deployment} needs, as the super user: the topics ({@link TopicPlan}), the SCRAM
 * credentials of the principals whose passwords are given, and the ACLs ({@link AccessRules}). Safe to run again:
 * it creates what is missing, sets the planned settings of topics that exist, replaces the passwords it is given,
 * and adds the ACLs that are not there. It never deletes: not a topic, a user or an ACL.
 */
public final class Provisioner {

    static final int SCRAM_ITERATIONS = 8192;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final List<String> report = new ArrayList<>();

    private Provisioner(Admin admin) {
        this.admin = admin;
    }

    /**
     * @param passwords by principal; the principals left out keep the credentials they have
     * @return what it did, a line each
     */
    public static List<String> apply(Admin admin, Deployment deployment, Map<String, String> passwords) {
        Set<String> unknown = new HashSet<>(passwords.keySet());
        deployment.principals().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("passwords for principals the deployment does not have: " + unknown);
        }
        var provisioner = new Provisioner(admin);
        provisioner.run(() -> {
            provisioner.topics(TopicPlan.of(deployment));
            provisioner.users(passwords);
            provisioner.acls(AccessRules.of(deployment).stream().map(AccessRules.Grant::binding).toList());
        });
        return provisioner.report;
    }

    private interface Step {
        void run() throws ExecutionException, InterruptedException, TimeoutException;
    }

    private void run(Step steps) {
        try {
            steps.run();
        } catch (ExecutionException e) {
            throw new ProvisioningException("the cluster refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ProvisioningException("the cluster did not answer within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException("interrupted", e);
        }
    }

    /** Only the topics: for a broker that authenticates nobody (the sandbox's {@code --insecure}). */
    public static List<String> applyTopics(Admin admin, Deployment deployment) {
        var provisioner = new Provisioner(admin);
        provisioner.run(() -> provisioner.topics(TopicPlan.of(deployment)));
        return provisioner.report;
    }

    private void topics(List<NewTopic> plan) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = get(admin.listTopics().names());
        List<NewTopic> missing = plan.stream().filter(t -> !existing.contains(t.name())).toList();
        var created = admin.createTopics(missing).values();
        for (var topic : created.entrySet()) {
            try {
                get(topic.getValue());
                report.add("created topic " + topic.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        List<NewTopic> present = plan.stream().filter(t -> existing.contains(t.name())).toList();
        if (present.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = get(admin.describeTopics(
                present.stream().map(NewTopic::name).toList()).allTopicNames());
        Map<ConfigResource, Collection<AlterConfigOp>> settings = new LinkedHashMap<>();
        for (NewTopic topic : present) {
            TopicDescription actual = described.get(topic.name());
            int replicas = actual.partitions().get(0).replicas().size();
            if (actual.partitions().size() != topic.numPartitions() || replicas != topic.replicationFactor()) {
                report.add("topic " + topic.name() + " has " + actual.partitions().size() + " partitions and "
                        + replicas + " replicas, the plan says " + topic.numPartitions() + " and "
                        + topic.replicationFactor() + ": left as it is (more partitions would move keys, and so "
                        + "reorder one account's commands)");
            }
            settings.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet()
                    .stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                            AlterConfigOp.OpType.SET))
                    .toList());
        }
        get(admin.incrementalAlterConfigs(settings).all());
        report.add("set the planned settings of " + present.size() + " existing topics");
    }

    private void users(Map<String, String> passwords) throws ExecutionException, InterruptedException,
            TimeoutException {
        if (passwords.isEmpty()) {
            return;
        }
        List<UserScramCredentialAlteration> upserts = passwords.entrySet().stream()
                .<UserScramCredentialAlteration>map(p -> new UserScramCredentialUpsertion(p.getKey(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), p.getValue()))
                .toList();
        get(admin.alterUserScramCredentials(upserts).all());
        report.add("set the SCRAM-SHA-512 credentials of " + String.join(", ", passwords.keySet()));
    }

    private void acls(List<AclBinding> bindings) throws ExecutionException, InterruptedException, TimeoutException {
        get(admin.createAcls(bindings).all());
        // the broker applies them asynchronously: done means in force
        Instant giveUp = Instant.now().plus(TIMEOUT);
        Set<AclBinding> missing = new HashSet<>(bindings);
        while (true) {
            missing.removeAll(get(admin.describeAcls(AclBindingFilter.ANY).values()));
            if (missing.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new ProvisioningException("ACLs not in force after " + TIMEOUT + ": " + missing, null);
            }
            Thread.sleep(100);
        }
        Map<String, Long> perPrincipal = bindings.stream()
                .collect(Collectors.groupingBy(b -> b.entry().principal(), LinkedHashMap::new, Collectors.counting()));
        report.add("ACLs in force: " + perPrincipal);
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
            throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Provisioning could not be completed; the message says why. */
    public static final class ProvisioningException extends RuntimeException {

        ProvisioningException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
