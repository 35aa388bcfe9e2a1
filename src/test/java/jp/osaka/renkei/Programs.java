package jp.osaka.renkei;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** Finds a program as a shell does, in the PATH's folders, so that tests need no hard-coded install paths. */
public final class Programs {

    private Programs() {
    }

    /**
     * The first executable file named one of {@code names} (tried in that order) in the folders of the
     * environment's PATH, then in {@code moreFolders}.
     */
    public static Optional<Path> onPath(Function<String, @Nullable String> environment, List<String> moreFolders,
            String... names) {
        List<String> folders = new ArrayList<>(split(environment.apply("PATH")));
        folders.addAll(moreFolders);
        for (String name : names) {
            Optional<Path> found = in(folders, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The executable file {@code name} in one of the folders, the first that has it. */
    public static Optional<Path> in(List<String> folders, String name) {
        return folders.stream().filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, name))
                .filter(Programs::isExecutableFile).findFirst();
    }

    public static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private static List<String> split(@Nullable String path) {
        return path == null ? List.of() : List.of(path.split(File.pathSeparator));
    }
}
