package io.tcckafka.kafka.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.tcckafka.events.BranchReply;

/** The names of the attributes of the steps' spans, one vocabulary for the orchestrator and the banks. */
public final class StepAttributes {

    public static final AttributeKey<String> TRANSFER_ID = AttributeKey.stringKey("tcc.transfer.id");
    public static final String STATUS = "tcc.status";
    public static final String REASON = "tcc.reason";
    public static final String DECISION = "tcc.decision";
    public static final String BANK = "tcc.bank";
    public static final String BRANCH = "tcc.branch";
    public static final String PHASE = "tcc.phase";
    public static final String ACCOUNT = "tcc.account";
    public static final String OUTCOME = "tcc.outcome";
    public static final String DUPLICATE = "tcc.duplicate";

    private StepAttributes() {
    }

    /** What a reply says: the attributes of the bank's span that gave it and of the orchestrator's that took it. */
    public static Map<String, Object> of(BranchReply reply) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(BANK, reply.bank());
        attributes.put(BRANCH, reply.branch().name());
        attributes.put(PHASE, reply.phase().name());
        attributes.put(ACCOUNT, reply.account());
        attributes.put(OUTCOME, reply.outcome().name());
        attributes.put(REASON, reply.reason() == null ? null : reply.reason().name());
        return attributes;
    }
}
