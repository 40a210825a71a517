package io.tcckafka.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.tcckafka.launcher.load.LatencyTimeline;
import io.tcckafka.launcher.load.LoadResult;

/** The PNG charts of a run: the TCC phase's latency and throughput second by second. */
final class Charts {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 450;

    private Charts() {
    }

    static void latency(LoadResult tcc, Path png) throws IOException {
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        XYSeries max = new XYSeries("max");
        for (LatencyTimeline.Second second : tcc.timeline()) {
            if (second.finished() > 0) {
                p50.add(second.second(), Math.max(0.1, second.p50Ms()));
                p99.add(second.second(), Math.max(0.1, second.p99Ms()));
                max.add(second.second(), Math.max(0.1, second.maxMs()));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(p50);
        data.addSeries(p99);
        data.addSeries(max);
        JFreeChart chart = ChartFactory.createXYLineChart("TCC end-to-end latency (" + tcc.shape() + ")",
                "seconds since start (warm-up shaded)", "ms, by second of completion", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(new LogAxis("ms (log), by second of completion"));
        shadeWarmup(plot, tcc);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    static void throughput(LoadResult tcc, LoadResult local, LoadResult kafka, Path png) throws IOException {
        XYSeries committed = new XYSeries("TCC committed/s");
        for (LatencyTimeline.Second second : tcc.timeline()) {
            committed.add(second.second(), second.committed());
        }
        JFreeChart chart = ChartFactory.createXYLineChart("TCC throughput (" + tcc.shape() + ")",
                "seconds since start (warm-up shaded)", "committed per second",
                new XYSeriesCollection(committed), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        shadeWarmup(plot, tcc);
        mark(plot, local, "local transfer baseline", Color.GRAY);
        mark(plot, kafka, "raw Kafka round trip baseline", Color.BLUE);
        double top = Math.max(committed.getMaxY(), Math.max(rate(local), rate(kafka)));
        LogAxis axis = new LogAxis("committed per second (log)");
        axis.setRange(1, Math.max(10, top * 2));
        plot.setRangeAxis(axis);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    private static double rate(LoadResult result) {
        return result == null ? 0 : result.committedPerSecond();
    }

    private static void shadeWarmup(XYPlot plot, LoadResult result) {
        var warmup = new org.jfree.chart.plot.IntervalMarker(0, result.warmupSeconds());
        warmup.setPaint(new Color(220, 220, 220, 120));
        plot.addDomainMarker(warmup);
    }

    private static void mark(XYPlot plot, LoadResult baseline, String label, Color color) {
        if (baseline == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(baseline.committedPerSecond());
        marker.setPaint(color);
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4},
                0));
        marker.setLabel(label + ": " + Math.round(baseline.committedPerSecond()) + "/s");
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(marker);
    }
}
