package jp.osaka.renkei.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Round-trip times of every HTTP request (microseconds, HdrHistogram), in all and per step of the scenario,
 * and the errors with their first messages. Only what happens while {@link #measuring} counts.
 */
final class Recorder {

    private static final long HIGHEST_MICROS = 120_000_000;

    private final Histogram all = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Map<String, Histogram> steps = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean measuring = true;

    private final Map<String, AtomicLong> characters = new ConcurrentHashMap<>();

    /** How much the responses of a step weighed (characters of the body, about bytes for JSON). */
    void bytes(String step, long count) {
        if (measuring) {
            characters.computeIfAbsent(step, s -> new AtomicLong()).addAndGet(count);
        }
    }

    long characters(String step) {
        AtomicLong count = characters.get(step);
        return count == null ? 0 : count.get();
    }

    void record(String step, long nanos) {
        if (!measuring) {
            return;
        }
        long micros = Math.min(Math.max(1, nanos / 1_000), HIGHEST_MICROS);
        all.recordValue(micros);
        steps.computeIfAbsent(step, s -> new ConcurrentHistogram(HIGHEST_MICROS, 3)).recordValue(micros);
    }

    void error(String user, Throwable e) {
        errors.incrementAndGet();
        if (firstErrors.size() < 20) {
            firstErrors.add(user + ": " + e.getMessage());
        }
    }

    void stop() {
        measuring = false;
    }

    Histogram all() {
        return all;
    }

    Map<String, Histogram> steps() {
        return new TreeMap<>(steps);
    }

    long errors() {
        return errors.get();
    }

    Iterable<String> firstErrors() {
        return firstErrors;
    }

    static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }
}
