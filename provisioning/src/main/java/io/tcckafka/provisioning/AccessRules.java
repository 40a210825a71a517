package io.tcckafka.provisioning;

import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;
import static org.apache.kafka.common.resource.ResourcePattern.WILDCARD_RESOURCE;
import static org.apache.kafka.common.resource.ResourceType.GROUP;
import static org.apache.kafka.common.resource.ResourceType.TOPIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import io.tcckafka.events.Topics;

/**
 * Who may do what on the broker: least privilege for each principal (docs/security.md has the matrix). The broker
 * denies everything no rule allows ({@code allow.everyone.if.no.acl.found=false}); {@code admin} is the super user.
 * <ul>
 * <li>orchestrator: reads requests and every bank's replies, writes events and every bank's commands, and the
 * dead-letter topics of what it reads;</li>
 * <li>bank X: reads {@code bank.X.commands} (and its configuration, which its purge checks), writes only
 * {@code bank.X.replies} and the dead-letter topic of its commands;</li>
 * <li>client: writes requests, reads events;</li>
 * <li>operator: reads every topic, its configuration and every group's offsets (lag); writes requests, so that it may
 * replay {@code transfer.requests.DLT}. Commands and replies are written by their services alone.</li>
 * </ul>
 */
public final class AccessRules {

    /** One allowed operation on a resource. */
    public record Grant(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {

        public AclBinding binding() {
            return new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
        }

        boolean allows(String who, AclOperation what, ResourceType on, String resource) {
            return principal.equals(who) && type == on && implies(operation, what) && matches(resource);
        }

        private boolean matches(String resource) {
            if (pattern == PREFIXED) {
                return resource.startsWith(name);
            }
            return name.equals(WILDCARD_RESOURCE) || name.equals(resource);
        }

        // as the broker's StandardAuthorizer: READ, WRITE, DELETE, ALTER imply DESCRIBE; ALTER_CONFIGS DESCRIBE_CONFIGS
        private static boolean implies(AclOperation granted, AclOperation wanted) {
            if (granted == wanted) {
                return true;
            }
            return wanted == DESCRIBE && Set.of(READ, WRITE, AclOperation.DELETE, AclOperation.ALTER).contains(granted)
                    || wanted == DESCRIBE_CONFIGS && granted == AclOperation.ALTER_CONFIGS;
        }
    }

    private AccessRules() {
    }

    public static List<Grant> of(Deployment deployment) {
        List<Grant> grants = new ArrayList<>();
        String orchestrator = Principals.ORCHESTRATOR;
        grants.add(topic(orchestrator, READ, Topics.TRANSFER_REQUESTS));
        // the retention of finished transfers checks the request topic's retention against its window
        grants.add(topic(orchestrator, DESCRIBE_CONFIGS, Topics.TRANSFER_REQUESTS));
        grants.add(topic(orchestrator, WRITE, Topics.deadLetter(Topics.TRANSFER_REQUESTS)));
        grants.add(topic(orchestrator, WRITE, Topics.TRANSFER_EVENTS));
        grants.add(group(orchestrator, orchestrator, LITERAL));
        for (String bank : deployment.banks()) {
            grants.add(topic(orchestrator, WRITE, Topics.bankCommands(bank)));
            grants.add(topic(orchestrator, READ, Topics.bankReplies(bank)));
            grants.add(topic(orchestrator, WRITE, Topics.deadLetter(Topics.bankReplies(bank))));

            grants.add(topic(bank, READ, Topics.bankCommands(bank)));
            grants.add(topic(bank, DESCRIBE_CONFIGS, Topics.bankCommands(bank)));
            grants.add(topic(bank, WRITE, Topics.deadLetter(Topics.bankCommands(bank))));
            grants.add(topic(bank, WRITE, Topics.bankReplies(bank)));
            grants.add(group(bank, bank, LITERAL));
        }
        for (String client : deployment.clients()) {
            grants.add(topic(client, WRITE, Topics.TRANSFER_REQUESTS));
            grants.add(topic(client, READ, Topics.TRANSFER_EVENTS));
            grants.add(group(client, Principals.groupPrefix(client), PREFIXED));
        }
        for (String operator : deployment.operators()) {
            grants.add(topic(operator, READ, WILDCARD_RESOURCE));
            grants.add(topic(operator, DESCRIBE_CONFIGS, WILDCARD_RESOURCE));
            grants.add(new Grant(operator, GROUP, WILDCARD_RESOURCE, LITERAL, DESCRIBE));
            grants.add(group(operator, Principals.groupPrefix(operator), PREFIXED));
            grants.add(topic(operator, WRITE, Topics.TRANSFER_REQUESTS));
        }
        return grants;
    }

    /** Whether the rules let {@code principal} do {@code operation} on a resource (as the broker would decide). */
    public static boolean allows(Deployment deployment, String principal, AclOperation operation, ResourceType type,
            String resource) {
        return Principals.ADMIN.equals(principal)
                || of(deployment).stream().anyMatch(g -> g.allows(principal, operation, type, resource));
    }

    /** The principal that writes a topic in normal operation: the one a tool or test produces to it as. */
    public static String writerOf(Deployment deployment, String topic) {
        String original = Topics.original(topic);
        if (original.equals(Topics.TRANSFER_REQUESTS)) {
            return topic.equals(original) ? deployment.clients().get(0) : Principals.ORCHESTRATOR;
        }
        if (original.equals(Topics.TRANSFER_EVENTS) || Topics.isBankCommands(topic)) {
            return Principals.ORCHESTRATOR;
        }
        if (Topics.isBankReplies(original)) {
            return topic.equals(original) ? Topics.bankOfReplies(original).orElseThrow() : Principals.ORCHESTRATOR;
        }
        if (Topics.isBankCommands(original)) {
            return Topics.bankOfCommands(original).orElseThrow();
        }
        throw new IllegalArgumentException("no principal writes " + topic);
    }

    private static Grant topic(String principal, AclOperation operation, String topic) {
        return new Grant(principal, TOPIC, topic, LITERAL, operation);
    }

    private static Grant group(String principal, String group, PatternType pattern) {
        return new Grant(principal, GROUP, group, pattern, READ);
    }
}
