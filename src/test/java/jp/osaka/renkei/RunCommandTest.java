package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The README's ./mvnw spring-boot:run shows the app as its users see it: the demo profile unless another is chosen,
 * and Vaadin's dev tools only with -Pdev.
 */
class RunCommandTest {

    private static final String RUN = "/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']"
            + "/configuration/systemPropertyVariables/";

    @Test
    void springBootRunDefaultsToTheDemoProfileWithoutDevToolsAndTheDevProfileBringsThemBack() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertThat(xpath.evaluate(RUN + "*[local-name()='spring.profiles.default']", pom))
                .as("a default profile, which -Dspring-boot.run.profiles or SPRING_PROFILES_ACTIVE replace")
                .isEqualTo("demo");
        assertThat(xpath.evaluate(RUN + "*[local-name()='vaadin.devmode.devTools.enabled']", pom))
                .isEqualTo("${dev-tools}");
        assertThat(xpath.evaluate("/project/properties/*[local-name()='dev-tools']", pom)).isEqualTo("false");
        assertThat(xpath.evaluate("/project/profiles/profile[id='dev']/properties/*[local-name()='dev-tools']", pom))
                .isEqualTo("true");
    }
}
