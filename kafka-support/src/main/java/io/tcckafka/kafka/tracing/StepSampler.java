package io.tcckafka.kafka.tracing;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * The root sampler (a span with a parent follows its parent): every transfer's root, so that a transfer's trace is
 * whole; the requests a service serves (HTTP) as Spring Boot would ({@code management.tracing.sampling.probability});
 * no other root, such as Boot's span of each run of a scheduled job (the timers, every half second), which would
 * bury the transfers in a back end.
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
        if (spanKind != SpanKind.SERVER) {
            return SamplingResult.drop();
        }
        return others.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "TransferSteps{others=" + others.getDescription() + "}";
    }
}
