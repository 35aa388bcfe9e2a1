package jp.osaka.renkei.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jp.osaka.renkei.Programs;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Chromium that the end-to-end tests drive: the program CHROMIUM names, which must exist; else the
 * first of chromium, chromium-browser, google-chrome and google-chrome-stable on the PATH. Never a browser
 * of Playwright's own, which would be downloaded.
 */
final class Chromium {

    static final String VARIABLE = "CHROMIUM";
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final String MISSING = "End-to-end tests skipped: no " + String.join(", ", NAMES) + " on the PATH"
            + " and no " + VARIABLE + " — install chromium (Debian: apt-get install chromium fonts-noto-cjk)"
            + " or set " + VARIABLE + " to the browser's program";

    private static boolean announced;

    private Chromium() {
    }

    static Optional<Path> find(Function<String, @Nullable String> environment) {
        String named = environment.apply(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!Programs.isExecutableFile(path)) {
                throw new IllegalStateException(VARIABLE + "=" + named + " is not an executable file");
            }
            return Optional.of(path);
        }
        return Programs.onPath(environment, List.of(), NAMES.toArray(String[]::new));
    }

    static Path require() {
        return find(System::getenv).orElseThrow(() -> new IllegalStateException(MISSING));
    }

    /** Skips the end-to-end tests, before Spring starts, with one line when there is no Chromium. */
    static final class Present implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (find(System::getenv).isPresent()) {
                return ConditionEvaluationResult.enabled("Chromium is there");
            }
            synchronized (Chromium.class) {
                if (!announced) {
                    announced = true;
                    System.out.println(MISSING);
                }
            }
            return ConditionEvaluationResult.disabled(MISSING);
        }
    }
}
