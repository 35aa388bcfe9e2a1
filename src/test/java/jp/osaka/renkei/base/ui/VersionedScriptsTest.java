package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.ui.Dependency;
import com.vaadin.flow.shared.ui.LoadMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class VersionedScriptsTest {

    private final VersionedScripts filter = new VersionedScripts();

    @Test
    void theAppsOwnScriptGetsTheHashOfItsContentInItsUrl() throws Exception {
        List<Dependency> filtered = filter.filter(List.of(new Dependency(Dependency.Type.JAVASCRIPT,
                "context://scripts/renkei-charts.js", LoadMode.EAGER)), null);

        assertThat(filtered).singleElement().satisfies(dependency -> {
            assertThat(dependency.getUrl()).isEqualTo("context://scripts/renkei-charts.js?v-c=" + sha256Prefix(
                    Path.of("frontend/scripts/renkei-charts.js")));
            assertThat(dependency.getType()).isEqualTo(Dependency.Type.JAVASCRIPT);
            assertThat(dependency.getLoadMode()).isEqualTo(LoadMode.EAGER);
        });
    }

    /** A webjar's URL has its version already; style sheets get Vaadin's own hash. */
    @Test
    void webjarsAndStyleSheetsStayAsTheyAre() {
        List<Dependency> given = List.of(
                new Dependency(Dependency.Type.JAVASCRIPT, "context://webjars/echarts/5.3.1/dist/echarts.min.js",
                        LoadMode.EAGER),
                new Dependency(Dependency.Type.STYLESHEET, "context://styles/renkei.css", LoadMode.EAGER));

        assertThat(filter.filter(given, null)).extracting(Dependency::getUrl).containsExactly(
                "context://webjars/echarts/5.3.1/dist/echarts.min.js", "context://styles/renkei.css");
    }

    private static String sha256Prefix(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)), 0, 4);
    }
}
