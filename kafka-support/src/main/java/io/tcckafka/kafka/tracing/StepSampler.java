package io.tcckafka.kafka.tracing;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Samples every transfer's root span, so that a transfer's trace is whole, and everything else as Spring Boot would
 * ({@code management.tracing.sampling.probability}). Used as the root sampler: spans with a parent follow it.
 */
final class StepSampler implements Sampler {

    private final Sampler others;

    StepSampler(Sampler others) {
        this.others = others;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (attributes.get(StepAttributes.TRANSFER_ID) != null) {
            return SamplingResult.recordAndSample();
        }
        return others.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "TransferSteps{others=" + others.getDescription() + "}";
    }
}
