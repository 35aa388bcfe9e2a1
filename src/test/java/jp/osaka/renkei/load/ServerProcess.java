package jp.osaka.renkei.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's JVM seen from outside, as an operator would: CPU time from {@code /proc/PID/stat}, the used heap
 * after a full GC from {@code jcmd GC.run} and {@code GC.heap_info}, a class histogram, the load average.
 */
final class ServerProcess {

    private static final Pattern USED = Pattern.compile(" used (\\d+)K");
    /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;
    private final String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();

    ServerProcess(long pid) {
        this.pid = pid;
    }

    boolean measured() {
        return pid > 0;
    }

    /** User and system CPU seconds the process has used so far. */
    double cpuSeconds() {
        if (!measured()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }

    /**
     * CPU time of the JIT compiler's threads (HotSpot's "C1/C2 CompilerThread"s, from {@code /proc/PID/task}): the
     * part of the app's CPU that a freshly started JVM spends compiling, and a server in steady state does not.
     */
    double jitCpuSeconds() {
        if (!measured()) {
            return 0;
        }
        double seconds = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread has ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the threads of process " + pid, e);
        }
        return seconds;
    }

    /** The one-minute load average of the machine (the neighbours' builds show here). */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Used heap in KB right after a full GC. */
    long usedHeapAfterGcKb() {
        if (!measured()) {
            return 0;
        }
        run("GC.run");
        Matcher used = USED.matcher(run("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no used heap");
        }
        return Long.parseLong(used.group(1));
    }

    void classHistogram(Path file) {
        if (measured()) {
            try {
                Files.writeString(file, run("GC.class_histogram"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
        }
    }

    private String run(String command) {
        try {
            Process process = new ProcessBuilder(List.of(jcmd, Long.toString(pid), command)).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
