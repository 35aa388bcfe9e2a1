package jp.osaka.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the end-to-end tests look for Chromium, with the environment faked and browsers made in a folder. */
class ChromiumTest {

    @TempDir
    Path dir;

    @Test
    void theBrowserThatChromiumNamesIsUsedBeforeAnyOnThePath() throws IOException {
        Path named = program("named", "my-chrome");
        Path onPath = program("bin", "chromium");

        assertThat(Chromium.find(Map.of("CHROMIUM", named.toString(), "PATH", onPath.getParent().toString())::get))
                .contains(named);
    }

    @Test
    void aChromiumVariableThatNamesNoProgramFailsInsteadOfLookingElsewhere() throws IOException {
        Path onPath = program("bin", "chromium");
        String missing = dir.resolve("nothing-here").toString();

        assertThatThrownBy(() -> Chromium.find(Map.of("CHROMIUM", missing, "PATH", onPath.getParent().toString())::get))
                .hasMessage("CHROMIUM=" + missing + " is not an executable file");
    }

    @Test
    void onThePathChromiumComesBeforeChromiumBrowserAndGoogleChrome() throws IOException {
        Path chrome = program("first", "google-chrome");
        Path browser = program("second", "chromium-browser");
        Path chromium = program("third", "chromium");
        String path = chrome.getParent() + ":" + browser.getParent() + ":" + chromium.getParent();

        assertThat(Chromium.find(Map.of("PATH", path)::get)).contains(chromium);
        assertThat(Chromium.find(Map.of("PATH", chrome.getParent() + ":" + browser.getParent())::get))
                .contains(browser);
        assertThat(Chromium.find(Map.of("PATH", chrome.getParent().toString())::get)).contains(chrome);
    }

    @Test
    void withoutAnyBrowserThereIsNone() {
        assertThat(Chromium.find(Map.of("PATH", dir.toString())::get)).isEmpty();
        assertThat(Chromium.find(Map.<String, String>of()::get)).isEmpty();
    }

    private Path program(String folder, String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
