package io.tcckafka.kafka.tracing;

import io.opentelemetry.api.common.AttributeKey;

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
}
