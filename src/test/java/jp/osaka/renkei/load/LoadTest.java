package jp.osaka.renkei.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * The load client's command: one run with the settings of {@link LoadSettings#USAGE}, its figures printed
 * and appended as a row to {@code results.csv} (the run's steps to {@code <label>-steps.csv}). Exits with 1
 * when anything went wrong for a user or a submitted answer is not saved exactly once.
 */
public final class LoadTest {

    static final String HEADER = "label,users,signed_in,requests,p50_ms,p95_ms,p99_ms,max_ms,errors,cpu_cores,client_cpu_cores,"
            + "heap_before_mb,heap_after_mb,heap_per_session_kb,load_before,load_after,submitted,saved_once,wall_s,jit_cores,"
            + "requests_per_s";

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings;
        try {
            settings = LoadSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            return;
        }
        Files.createDirectories(settings.out());
        LoadRun.Result result = new LoadRun(settings).run();
        String row = row(result);
        Path csv = settings.out().resolve("results.csv");
        if (!Files.exists(csv)) {
            Files.writeString(csv, HEADER + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(csv, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        writeSteps(result, settings.out().resolve(settings.label() + "-steps.csv"));
        System.out.println(HEADER);
        System.out.println(row);
        result.recorder().firstErrors().forEach(error -> System.out.println("error: " + error));
        result.saved().problems().forEach(problem -> System.out.println("not saved: " + problem));
        System.out.println("results: " + csv.toAbsolutePath());
        System.exit(result.errors() == 0 ? 0 : 1);
    }

    static String row(LoadRun.Result r) {
        Histogram all = r.recorder().all();
        return String.format(Locale.ROOT, "%s,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%d,%.2f,%.2f,%.1f,%.1f,%.1f,%.2f,%.2f,%d,%d,%.0f,%.2f,%.1f",
                r.settings().label(), r.settings().users(), r.signedIn(), all.getTotalCount(),
                Recorder.millis(all, 50), Recorder.millis(all, 95), Recorder.millis(all, 99),
                all.getMaxValue() / 1000.0, r.errors(), r.cpuCores(), r.clientCpuCores(), r.heapBeforeKb() / 1024.0,
                r.heapAfterKb() / 1024.0, r.heapPerSessionKb(), r.loadBefore(), r.loadAfter(),
                r.saved().expected(), r.saved().savedExactlyOnce(), r.wallSeconds(), r.jitCores(),
                all.getTotalCount() / r.wallSeconds());
    }

    private static void writeSteps(LoadRun.Result result, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("step,requests,p50_ms,p95_ms,p99_ms,max_ms,kb_per_response\n");
        for (Map.Entry<String, Histogram> step : result.recorder().steps().entrySet()) {
            Histogram h = step.getValue();
            csv.append(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f,%.1f,%.1f,%.1f%n", step.getKey(), h.getTotalCount(),
                    Recorder.millis(h, 50), Recorder.millis(h, 95), Recorder.millis(h, 99), h.getMaxValue() / 1000.0,
                    result.recorder().characters(step.getKey()) / 1024.0 / Math.max(1, h.getTotalCount())));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        System.out.print(csv);
    }
}
