package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * docs/modules holds the feature modules and what each uses, as Spring Modulith reads them from the code: a Mermaid
 * graph in README.md (GitHub and GitLab draw it) and Modulith's own PlantUML diagram. This test fails when the code's
 * modules no longer match them; {@code ./mvnw test -Dtest=ModuleDocumentationTest -Dmodules.write=true} writes them
 * afresh.
 */
class ModuleDocumentationTest {

    private static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/spring-modulith-docs");

    @Test
    void theModuleDiagramsInDocsAreCurrent() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        String plantUml = Files.readString(GENERATED.resolve("components.puml"), StandardCharsets.UTF_8);
        String readme = readme(modules);
        if (Boolean.getBoolean("modules.write")) {
            Files.createDirectories(DOCS);
            Files.writeString(DOCS.resolve("components.puml"), plantUml, StandardCharsets.UTF_8);
            Files.writeString(DOCS.resolve("README.md"), readme, StandardCharsets.UTF_8);
        }
        String again = "; run ./mvnw test -Dtest=ModuleDocumentationTest -Dmodules.write=true and commit docs/modules";
        assertThat(Files.readString(DOCS.resolve("README.md"), StandardCharsets.UTF_8))
                .as("docs/modules/README.md is the modules' graph" + again).isEqualTo(readme);
        // Modulith writes the relationships in an order of its own, not the same from one run to the next
        assertThat(sortedLines(Files.readString(DOCS.resolve("components.puml"), StandardCharsets.UTF_8)))
                .as("docs/modules/components.puml is Modulith's diagram" + again).isEqualTo(sortedLines(plantUml));
    }

    /** The modules, each with the modules it depends on, as a Mermaid graph and a table. */
    private static String readme(ApplicationModules modules) {
        List<ApplicationModule> all = modules.stream()
                .sorted(Comparator.comparing(ApplicationModule::getName)).toList();
        StringBuilder text = new StringBuilder("""
                # Modules

                Renkei's feature modules and what each uses, as Spring Modulith reads them from the code
                (`ModularityTest` verifies the boundaries; `ModuleDocumentationTest` writes this file and
                [components.puml](components.puml), Modulith's own diagram, and fails when they are out of date).
                An arrow points from a module to one it uses.

                ```mermaid
                graph LR
                """);
        for (ApplicationModule module : all) {
            for (String target : uses(module, modules)) {
                text.append("    ").append(module.getName()).append(" --> ").append(target).append('\n');
            }
        }
        text.append("```\n\n| Module | Base package | Uses |\n|---|---|---|\n");
        for (ApplicationModule module : all) {
            text.append("| ").append(module.getName()).append(" | `").append(module.getBasePackage().getName())
                    .append("` | ").append(String.join(", ", uses(module, modules))).append(" |\n");
        }
        return text.toString();
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    private static List<String> uses(ApplicationModule module, ApplicationModules modules) {
        return module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                .filter(name -> !name.equals(module.getName())).sorted().distinct()
                .collect(Collectors.toList());
    }
}
