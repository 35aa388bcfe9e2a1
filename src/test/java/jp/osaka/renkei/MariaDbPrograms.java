package jp.osaka.renkei;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * MariaDB's programs (mariadbd, mariadb-install-db, mysqldump, mariadb) for the tests that start a server
 * of their own or dump a database: in the folder IT_MARIADB_BIN names, else on the PATH or in /usr/sbin,
 * where Debian puts mariadbd and which is not on every user's PATH.
 */
public final class MariaDbPrograms {

    static final String FOLDER_VARIABLE = "IT_MARIADB_BIN";
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin");
    private static final String INSTALL = "install mariadb-server (Debian: apt-get install mariadb-server)"
            + " or set " + FOLDER_VARIABLE + " to the folder that holds them";

    private MariaDbPrograms() {
    }

    static Optional<Path> find(String name, Function<String, @Nullable String> environment) {
        String folder = environment.apply(FOLDER_VARIABLE);
        if (folder != null && !folder.isBlank()) {
            return Programs.in(List.of(folder), name);
        }
        return Programs.onPath(environment, SBIN, name);
    }

    /** Those of the programs that cannot be found. */
    static List<String> missing(List<String> names, Function<String, @Nullable String> environment) {
        return names.stream().filter(name -> find(name, environment).isEmpty()).toList();
    }

    public static List<String> missing(List<String> names) {
        return missing(names, System::getenv);
    }

    /** The program's path, for a test that is skipped ({@link Needs}) when the program is missing. */
    public static String require(String name) {
        return find(name, System::getenv).orElseThrow(() -> new IllegalStateException(
                name + " not found: " + INSTALL)).toString();
    }

    /** The line that says which programs are missing and what to do about it. */
    static String missingLine(String what, List<String> missing, Function<String, @Nullable String> environment) {
        String folder = environment.apply(FOLDER_VARIABLE);
        String where = folder == null || folder.isBlank() ? "on the PATH or in /usr/sbin"
                : "in " + folder + " (" + FOLDER_VARIABLE + ")";
        return what + " skipped: no " + String.join(", ", missing) + " " + where + " — " + INSTALL;
    }

    /** Skips the test class, saying so in one line, when a MariaDB program that it runs is missing. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @ExtendWith(Present.class)
    public @interface Needs {
        String[] value();
    }

    /** The condition behind {@link Needs}. */
    static final class Present implements ExecutionCondition {

        private static final Set<Class<?>> ANNOUNCED = ConcurrentHashMap.newKeySet();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Class<?> testClass = context.getRequiredTestClass();
            List<String> missing = AnnotationSupport.findAnnotation(testClass, Needs.class)
                    .map(needs -> missing(List.of(needs.value()))).orElse(List.of());
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled("MariaDB's programs are there");
            }
            String line = missingLine(testClass.getSimpleName(), missing, System::getenv);
            if (ANNOUNCED.add(testClass)) {
                System.out.println(line);
            }
            return ConditionEvaluationResult.disabled(line);
        }
    }
}
