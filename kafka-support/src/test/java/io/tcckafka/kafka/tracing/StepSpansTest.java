package io.tcckafka.kafka.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.tcckafka.kafka.TraceParent;

/** The steps' spans through a real OpenTelemetry SDK, configured as {@link StepTracingConfiguration} does. */
class StepSpansTest {

    private static final String TRANSFER = "t-42";
    private static final String TRACE = TraceParent.traceId(TRANSFER);
    private static final Instant START = Instant.parse("2026-11-24T02:28:04.100Z");
    private static final Instant END = Instant.parse("2026-11-24T02:28:04.150Z");

    private final List<SpanData> exported = new ArrayList<>();
    // a probability of 0: only what StepSampler samples itself, and what has a sampled parent, is exported
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .setSampler(Sampler.parentBased(new StepSampler(Sampler.traceIdRatioBased(0))))
            .setIdGenerator(DerivedIdGenerator.INSTANCE)
            .addSpanProcessor(SimpleSpanProcessor.create(new Collecting()))
            .build();
    private final StepSpans spans = new StepSpans(provider.get("test"));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theTransfersRootHasTheDerivedIdsAndNoParent() {
        spans.root(step("transfer accepted"));

        SpanData root = only();
        assertThat(root.getTraceId()).isEqualTo(TRACE);
        assertThat(root.getSpanId()).isEqualTo(SpanIds.rootSpanId(TRANSFER));
        assertThat(root.getParentSpanContext().isValid()).isFalse();
        assertThat(root.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(root.getStartEpochNanos()).isEqualTo(START.toEpochMilli() * 1_000_000);
        assertThat(root.getEndEpochNanos()).isEqualTo(END.toEpochMilli() * 1_000_000);
        assertThat(root.getAttributes().get(StepAttributes.TRANSFER_ID)).isEqualTo(TRANSFER);
        assertThat(root.getAttributes().get(AttributeKey.stringKey(StepAttributes.STATUS))).isEqualTo("ACCEPTED");
        assertThat(root.getAttributes().get(AttributeKey.booleanKey(StepAttributes.DUPLICATE))).isFalse();
        assertThat(root.getAttributes().asMap()).hasSize(3);
    }

    @Test
    void aStepCausedByARecordIsAChildOfTheRecordsSpan() {
        spans.childOf(TraceParent.of(TRANSFER, "command-1"), step("command applied"));

        SpanData applied = only();
        assertThat(applied.getTraceId()).isEqualTo(TRACE);
        assertThat(applied.getParentSpanId()).isEqualTo(SpanIds.of(TRANSFER, TraceParent.of(TRANSFER, "command-1"))
                .spanId());
        assertThat(applied.getSpanId()).isNotEqualTo(applied.getParentSpanId());
    }

    @Test
    void aStepWithoutARecordIsAChildOfTheRoot() {
        spans.childOf(null, step("transfer decided"));

        assertThat(only().getParentSpanId()).isEqualTo(SpanIds.rootSpanId(TRANSFER));
    }

    @Test
    void aStepThatProducedARecordHasTheSpanIdItsTraceparentNames() {
        String reply = TraceParent.of(TRANSFER, "reply-1");

        spans.childOf(TraceParent.of(TRANSFER, "command-1"), step("command applied"), reply);

        assertThat(only().getSpanId()).isEqualTo(SpanIds.of(TRANSFER, reply).spanId());
    }

    @Test
    void otherRootsAreSampledAsBootWouldWhenTheyAreRequestsAndNeverOtherwise() {
        SdkTracerProvider always = SdkTracerProvider.builder()
                .setSampler(Sampler.parentBased(new StepSampler(Sampler.alwaysOn())))
                .setIdGenerator(DerivedIdGenerator.INSTANCE)
                .addSpanProcessor(SimpleSpanProcessor.create(new Collecting()))
                .build();

        always.get("test").spanBuilder("http post /api/transfers").setSpanKind(SpanKind.SERVER).startSpan().end();
        always.get("test").spanBuilder("tasks.scheduled.execution").startSpan().end();
        provider.get("test").spanBuilder("http get /api/transfers").setSpanKind(SpanKind.SERVER).startSpan().end();
        always.close();

        assertThat(exported).extracting(SpanData::getName).containsExactly("http post /api/transfers");
        assertThat(exported.get(0).getTraceId()).isNotEqualTo(TRACE);
    }

    @Test
    void offRecordsNothing() {
        StepSpans.OFF.root(step("transfer accepted"));

        assertThat(StepSpans.OFF.on()).isFalse();
        assertThat(exported).isEmpty();
    }

    private SpanData only() {
        assertThat(exported).hasSize(1);
        return exported.get(0);
    }

    private static Step step(String name) {
        return new Step(name, SpanKind.SERVER, TRANSFER, START, END,
                Map.of(StepAttributes.STATUS, "ACCEPTED", StepAttributes.DUPLICATE, false));
    }

    private final class Collecting implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
