package jp.osaka.renkei.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run: clears the open round, starts the users over the ramp (each on a virtual thread), waits until
 * every ward user has finished its scenario, measures the server while all stay signed in, lets them go
 * and checks the saved answers.
 */
final class LoadRun {

    /** What a run measured. Heap per session is null when the app's process was not given. */
    record Result(LoadSettings settings, Recorder recorder, int signedIn, double cpuCores, double jitCores,
            double clientCpuCores, double wallSeconds,
            long heapBeforeKb, long heapAfterKb, double loadBefore, double loadAfter, SavedAnswers.Check saved) {

        double heapPerSessionKb() {
            return signedIn == 0 ? 0 : (double) (heapAfterKb - heapBeforeKb) / signedIn;
        }

        long errors() {
            return recorder.errors() + saved.expected() - saved.savedExactlyOnce();
        }
    }

    private final LoadSettings settings;

    LoadRun(LoadSettings settings) {
        this.settings = settings;
    }

    Result run() throws InterruptedException {
        SavedAnswers answers = new SavedAnswers(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        answers.clearOpenRound();
        ServerProcess server = new ServerProcess(settings.pid());
        double loadBefore = ServerProcess.loadAverage();
        long heapBefore = server.usedHeapAfterGcKb();
        server.classHistogram(settings.out().resolve(settings.label() + "-histogram-before.txt"));
        Recorder recorder = new Recorder();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        int users = settings.users();
        CountDownLatch finished = new CountDownLatch(users);
        CountDownLatch wardsFinished = new CountDownLatch(settings.wardUsers());
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger signedIn = new AtomicInteger();
        ConcurrentLinkedQueue<WardUser> submitted = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        double cpuBefore = server.cpuSeconds();
        double jitBefore = server.jitCpuSeconds();
        double clientCpuBefore = clientCpuSeconds();
        double cpuAfter;
        double wall;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int index = i;
                long delayMs = settings.rampSeconds() * 1000L * i / users;
                threads.submit(() -> {
                    UiConnection ui = new UiConnection(http, settings.base(), recorder);
                    Think think = Think.of(settings, settings.seed() * 31 + index);
                    boolean admin = index % 50 == 49 || (index == users - 1 && settings.administrators() == 1
                            && users < 50);
                    WardUser ward = admin ? null : WardUser.of(index - index / 50, settings.seed());
                    try {
                        Think.sleep(delayMs);
                        if (ward == null) {
                            new AdminUser(index / 50).run(ui, settings.password(), think,
                                    () -> wardsFinished.getCount() > 0);
                        } else {
                            ward.run(ui, settings.password(), think);
                            submitted.add(ward);
                        }
                        signedIn.incrementAndGet();
                        if (ward != null) {
                            wardsFinished.countDown();
                        }
                        finished.countDown();
                        holdUntil(release, ui);
                    } catch (RuntimeException e) {
                        recorder.error(ward == null ? "admin " + index : ward.username(), e);
                        if (ward != null) {
                            wardsFinished.countDown();
                        }
                        finished.countDown();
                    }
                });
            }
            finished.await(settings.rampSeconds() + 600L, TimeUnit.SECONDS);
            cpuAfter = server.cpuSeconds();
            double jit = server.jitCpuSeconds() - jitBefore;
            double clientCpu = clientCpuSeconds() - clientCpuBefore;
            wall = (System.nanoTime() - started) / 1e9;
            recorder.stop();
            Think.sleep(settings.holdSeconds() * 1000L);
            long heapAfter = server.usedHeapAfterGcKb();
            server.classHistogram(settings.out().resolve(settings.label() + "-histogram.txt"));
            double loadAfter = ServerProcess.loadAverage();
            release.countDown();
            SavedAnswers.Check check = answers.check(List.copyOf(submitted));
            return new Result(settings, recorder, signedIn.get(), (cpuAfter - cpuBefore) / wall, jit / wall,
                    clientCpu / wall, wall,
                    heapBefore,
                    heapAfter, loadBefore, loadAfter, check);
        }
    }

    /** The load client's own CPU time: it shares the machine with the app. */
    private static double clientCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
    }

    /** Signed in and idle on its last page, sending Vaadin's heartbeat, until the run is measured. */
    private static void holdUntil(CountDownLatch release, UiConnection ui) {
        try {
            while (!release.await(ui.heartbeatSeconds(), TimeUnit.SECONDS)) {
                ui.heartbeat();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
