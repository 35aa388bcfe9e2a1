package jp.osaka.renkei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The product carries the product only: the data generator, the benchmarks and the load client are test code,
 * and nothing of the app's own classes reaches for them (docs/decisions/0015-tools-outside-the-jar.md).
 */
class ToolsOutsideTheJarTest {

    private static final String[] TOOLS = { "jp.osaka.renkei.scale..", "jp.osaka.renkei.load.." };

    /** The classes of src/main only, as the jar holds them. */
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("jp.osaka.renkei");

    @Test
    void noClassOfTheAppDependsOnTheTools() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(TOOLS)
                .because("the generator, the benchmarks and the load client live in test code")
                .check(PRODUCT);
    }

    @Test
    void theAppHoldsNoClassOfTheTools() {
        noClasses().should().resideInAnyPackage(TOOLS)
                .because("tools in src/main would ship in the production jar")
                .check(PRODUCT);
    }
}
