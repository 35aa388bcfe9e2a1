package jp.osaka.renkei.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figures of a series: from the runs in {@code results.csv}, min / median / max per number of users of
 * each figure in {@code summary.csv}, and the plot of round-trip time against users, {@code latency.png}.
 */
public final class SeriesReport {

    private static final List<String> FIGURES = List.of("p50_ms", "p95_ms", "p99_ms", "errors", "cpu_cores", "jit_cores", "client_cpu_cores",
            "heap_per_session_kb", "requests_per_s", "load_before", "load_after");

    private SeriesReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.getFirst().split(","));
        Map<Integer, List<String[]>> byUsers = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",");
            byUsers.computeIfAbsent(Integer.parseInt(row[header.indexOf("users")]), u -> new ArrayList<>()).add(row);
        }
        StringBuilder summary = new StringBuilder("users,runs");
        FIGURES.forEach(f -> summary.append(',').append(f).append("_min,").append(f).append("_median,").append(f)
                .append("_max"));
        summary.append('\n');
        XYSeriesCollection lines3 = new XYSeriesCollection();
        XYSeries p50 = new XYSeries("p50 (median of runs)");
        XYSeries p95 = new XYSeries("p95 (median of runs)");
        XYSeries p99 = new XYSeries("p99 (median of runs)");
        XYSeries p95Runs = new XYSeries("p95 of each run", false, true);
        for (Map.Entry<Integer, List<String[]>> level : byUsers.entrySet()) {
            summary.append(level.getKey()).append(',').append(level.getValue().size());
            for (String figure : FIGURES) {
                double[] values = level.getValue().stream()
                        .mapToDouble(row -> Double.parseDouble(row[header.indexOf(figure)])).sorted().toArray();
                summary.append(String.format(Locale.ROOT, ",%.2f,%.2f,%.2f", values[0], median(values),
                        values[values.length - 1]));
                switch (figure) {
                    case "p50_ms" -> p50.add(level.getKey().doubleValue(), median(values));
                    case "p95_ms" -> {
                        p95.add(level.getKey().doubleValue(), median(values));
                        for (double value : values) {
                            p95Runs.add(level.getKey().doubleValue(), value);
                        }
                    }
                    case "p99_ms" -> p99.add(level.getKey().doubleValue(), median(values));
                    default -> { }
                }
            }
            summary.append('\n');
        }
        Files.writeString(dir.resolve("summary.csv"), summary, StandardCharsets.UTF_8);
        System.out.print(summary);
        lines3.addSeries(p50);
        lines3.addSeries(p95);
        lines3.addSeries(p99);
        lines3.addSeries(p95Runs);
        JFreeChart chart = ChartFactory.createXYLineChart("Renkei: server round-trip time against concurrent users",
                "concurrent signed-in users", "round-trip time (ms)", lines3, PlotOrientation.VERTICAL, true, false,
                false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesLinesVisible(3, false);
        for (int series = 0; series < 3; series++) {
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        renderer.setSeriesPaint(3, Color.DARK_GRAY);
        plot.setRenderer(renderer);
        // from a few milliseconds to seconds: a logarithmic axis keeps both ends readable
        LogarithmicAxis axis = new LogarithmicAxis("round-trip time (ms, logarithmic)");
        axis.setAllowNegativesFlag(false);
        plot.setRangeAxis(axis);
        ValueMarker goal = new ValueMarker(100, Color.RED, new BasicStroke(1f));
        goal.setLabel("goal: p95 < 100 ms");
        plot.addRangeMarker(goal);
        ChartUtils.saveChartAsPNG(dir.resolve("latency.png").toFile(), chart, 900, 550);
        System.out.println("summary: " + dir.resolve("summary.csv").toAbsolutePath() + ", plot: "
                + dir.resolve("latency.png").toAbsolutePath());
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
