package jp.osaka.renkei.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.osaka.renkei.OwnMariaDb;

/**
 * The app in a JVM of its own, as it runs in production (jp.osaka.renkei.Application's main, the
 * working directory's config/, settings from the environment), on the test classpath so that the
 * crash-test profile finds {@link CrashTestEndpoint}. The test can kill it (SIGKILL) or stop it (SIGTERM).
 */
final class ChildApp {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app on a free port with the environment given, and waits until it is ready. */
    static ChildApp start(Map<String, String> environment, Path log) {
        int port = OwnMariaDb.freePort();
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "jp.osaka.renkei.Application"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            ChildApp app = new ChildApp(builder.start(), port, log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no graceful anything; waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    /** SIGTERM, as docker stop or systemd sends; does not wait. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end (at most 60 s) and returns its exit code. */
    int exitCode() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the app did not stop within 60 s; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Up to 3 minutes: Vaadin's start takes long on two cores busy with other builds. */
    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Http.answers200(port, "/actuator/health/readiness")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the app did not become ready; see " + log);
            }
            OwnMariaDb.sleep(250);
        }
    }
}
