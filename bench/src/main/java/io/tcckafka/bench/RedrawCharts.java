package io.tcckafka.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import io.tcckafka.events.EventJson;

/** Draws the charts of a results folder again from its results.json: {@code RedrawCharts <results folder>}. */
public final class RedrawCharts {

    private RedrawCharts() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path folder = Path.of(args[0]);
        BenchReport report = EventJson.read(Files.readString(folder.resolve("results.json")), BenchReport.class);
        Charts.latency(report.tcc(), folder.resolve("latency.png"));
        Charts.throughput(report.tcc(), report.localTransfer(), report.kafkaRoundTrip(), folder.resolve("throughput.png"));
    }
}
