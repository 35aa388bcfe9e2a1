package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.Version;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;
import org.springframework.security.core.SpringSecurityCoreVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jar carries the CycloneDX list of what it is built from (ASVS 15.1.2), with the versions it runs. */
class SoftwareBillOfMaterialsTest {

    private static final String SBOM = "/META-INF/sbom/application.cdx.json";

    @Test
    void theBillOfMaterialsNamesRenkeiAndTheVersionsOfItsFrameworksAsTheyRun() throws IOException {
        JsonNode sbom = read();
        assertThat(sbom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(sbom.path("metadata").path("component").path("name").asString()).isEqualTo("renkei");
        Map<String, String> versions = new HashMap<>();
        for (JsonNode component : sbom.path("components")) {
            versions.put(component.path("group").asString() + ":" + component.path("name").asString(),
                    component.path("version").asString());
        }
        assertThat(versions).containsEntry("com.vaadin:flow-server", Version.getFullVersion())
                .containsEntry("org.springframework:spring-core", SpringVersion.getVersion())
                .containsEntry("org.springframework.security:spring-security-core",
                        SpringSecurityCoreVersion.getVersion());
    }

    @Test
    void testOnlyLibrariesAreNotInTheBillOfMaterials() throws IOException {
        assertThat(read().path("components").findValuesAsString("name"))
                .contains("poi-ooxml", "liquibase-core")
                .doesNotContain("playwright", "browserless-test-spring", "greenmail");
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = SoftwareBillOfMaterialsTest.class.getResourceAsStream(SBOM)) {
            assertThat(in).as(SBOM + " on the class path (cyclonedx-maven-plugin)").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
