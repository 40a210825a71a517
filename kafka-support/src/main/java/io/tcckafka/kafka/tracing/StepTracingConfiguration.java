package io.tcckafka.kafka.tracing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.SdkTracerProviderBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The steps' spans, on when Spring Boot exports spans over OTLP ({@link #ENDPOINT} set), through the OpenTelemetry
 * tracer Boot configures (service.name, batching, the exporter). Without an endpoint no step's span is made, and no
 * span is sampled.
 */
@AutoConfiguration(before = OpenTelemetryTracingAutoConfiguration.class)
public class StepTracingConfiguration {

    public static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Bean
    StepSpans stepSpans(@Value("${" + ENDPOINT + ":}") String endpoint, ObjectProvider<Tracer> tracers) {
        if (endpoint.isBlank()) {
            return StepSpans.OFF;
        }
        Tracer tracer = tracers.getIfAvailable();
        return tracer == null ? StepSpans.OFF : new StepSpans(tracer);
    }

    /**
     * In place of Boot's: without an endpoint nothing is sampled, so that the spans Boot's own instrumentation starts
     * (HTTP requests, scheduled jobs) cost nothing either; with one, {@link StepSampler}'s choice.
     */
    @Bean
    Sampler otelSampler(@Value("${" + ENDPOINT + ":}") String endpoint,
            @Value("${management.tracing.sampling.probability:0.1}") double probability) {
        if (endpoint.isBlank()) {
            return Sampler.alwaysOff();
        }
        return Sampler.parentBased(new StepSampler(Sampler.traceIdRatioBased(probability)));
    }

    @Bean
    SdkTracerProviderBuilderCustomizer derivedSpanIds() {
        return builder -> builder.setIdGenerator(DerivedIdGenerator.INSTANCE);
    }
}
