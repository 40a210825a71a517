package io.tcckafka.kafka.tracing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.opentelemetry.api.trace.Tracer;

/**
 * The steps' spans, on when Spring Boot exports spans over OTLP ({@link #ENDPOINT} set), through the OpenTelemetry
 * tracer Boot configures (service.name, batching, the exporter). Without an endpoint nothing is built or recorded.
 */
@AutoConfiguration
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
}
