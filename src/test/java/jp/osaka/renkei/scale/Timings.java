package jp.osaka.renkei.scale;

import java.util.Arrays;
import java.util.Locale;

/** Times one operation: warm-up runs first, then the measured runs, summarised in milliseconds. */
record Timings(String name, double min, double median, double p95, double max, int runs) {

    static Timings of(String name, int warmUp, int runs, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new Timings(name, millis[0], percentile(millis, 50), percentile(millis, 95), millis[runs - 1], runs);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static String header() {
        return String.format(Locale.ROOT, "| %-52s | %9s | %9s | %9s | %9s | %4s |", "operation", "min ms",
                "median ms", "p95 ms", "max ms", "runs");
    }

    String row() {
        return String.format(Locale.ROOT, "| %-52s | %9.1f | %9.1f | %9.1f | %9.1f | %4d |", name, min, median, p95,
                max, runs);
    }
}
