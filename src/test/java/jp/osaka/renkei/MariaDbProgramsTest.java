package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the tests look for MariaDB's programs, with the environment faked and programs made in a folder. */
class MariaDbProgramsTest {

    @TempDir
    Path dir;

    @Test
    void programsAreFoundOnThePathAndNotWhereTheyAreNotExecutable() throws IOException {
        Path bin = program("bin", "mysqldump");
        Files.writeString(Files.createDirectories(dir.resolve("other")).resolve("mariadb"), "not executable");
        Map<String, String> environment = Map.of("PATH", dir.resolve("other") + ":" + bin.getParent());

        assertThat(MariaDbPrograms.find("mysqldump", environment::get)).contains(bin);
        assertThat(MariaDbPrograms.missing(List.of("mysqldump", "mariadb-test-absent"), environment::get))
                .containsExactly("mariadb-test-absent");
    }

    @Test
    void theFolderOfItMariaDbBinIsTheOnlyPlaceLookedIn() throws IOException {
        Path onPath = program("path", "mariadbd");
        Path named = program("named", "mariadb-install-db");
        Map<String, String> environment = Map.of("PATH", onPath.getParent().toString(),
                "IT_MARIADB_BIN", named.getParent().toString());

        assertThat(MariaDbPrograms.find("mariadb-install-db", environment::get)).contains(named);
        assertThat(MariaDbPrograms.missing(List.of("mariadbd", "mariadb-install-db"), environment::get))
                .containsExactly("mariadbd");
    }

    @Test
    void theSkipLineNamesTheTestTheMissingProgramsWhereTheyWereLookedForAndWhatToDo() {
        assertThat(MariaDbPrograms.missingLine("BackupRestoreIT", List.of("mysqldump", "mariadb"),
                Map.<String, String>of()::get))
                .isEqualTo("BackupRestoreIT skipped: no mysqldump, mariadb on the PATH or in /usr/sbin — install"
                        + " mariadb-server (Debian: apt-get install mariadb-server) or set IT_MARIADB_BIN to the"
                        + " folder that holds them");
        assertThat(MariaDbPrograms.missingLine("CrashRecoveryIT", List.of("mariadbd"),
                Map.of("IT_MARIADB_BIN", "/opt/mariadb/bin")::get))
                .startsWith("CrashRecoveryIT skipped: no mariadbd in /opt/mariadb/bin (IT_MARIADB_BIN) — install");
    }

    private Path program(String folder, String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
