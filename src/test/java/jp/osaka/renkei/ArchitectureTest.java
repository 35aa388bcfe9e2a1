package jp.osaka.renkei;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.EntityManager;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rules beside Spring Modulith's {@code verify()} ({@link ModularityTest}) that keep the layers apart inside a
 * module (STYLE.md): screens go through services, and only services that run in a transaction use repositories.
 * And the app stays apart from its tools, which are test code (docs/decisions/0015-tools-outside-the-jar.md).
 */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.osaka.renkei");

    /** The data generator and the benchmarks ({@code scale}), the HTTP load client ({@code load}). */
    private static final String[] TOOLS = { "jp.osaka.renkei.scale..", "jp.osaka.renkei.load.." };

    private static final DescribedPredicate<JavaClass> A_REPOSITORY =
            JavaClass.Predicates.assignableTo(Repository.class).as("a Spring Data repository");

    private static final DescribedPredicate<JavaClass> USE_A_REPOSITORY = DescribedPredicate.describe(
            "use a Spring Data repository", type -> type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> A_REPOSITORY.test(dependency.getTargetClass())));

    @Test
    void noScreenReadsTheDatabaseItself() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat(A_REPOSITORY)
                .because("a screen asks its feature's services, which check who may read what")
                .check(APP);
    }

    /**
     * Base is open (every feature uses it), so Modulith lets it reach into features too; it must not: accounts, for
     * one, reach the security configuration only through the interfaces base declares (docs/decisions/0018).
     */
    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("jp.osaka.renkei.base..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jp.osaka.renkei..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("jp.osaka.renkei.base..")))
                .because("every feature depends on base, so base depending on one would be a cycle")
                .check(APP);
    }

    @Test
    void noClassOfTheAppDependsOnTheTools() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(TOOLS)
                .because("the generator, the benchmarks and the load client live in test code")
                .check(APP);
    }

    @Test
    void theAppHoldsNoClassOfTheTools() {
        noClasses().should().resideInAnyPackage(TOOLS)
                .because("tools in src/main would ship in the production jar")
                .check(APP);
    }

    /**
     * A class that uses a repository runs in a transaction: it is {@code @Transactional}, has transactional methods
     * (or listens in a transaction's phase, or runs a {@code TransactionTemplate}), or is a helper used only by such
     * classes (e.g. survey's AnswerSheets, which submitting and importing share).
     */
    @Test
    void repositoriesAreUsedOnlyByServicesThatRunInATransaction() {
        classes().that(USE_A_REPOSITORY).and().areNotInterfaces().and().areNotAssignableTo(Repository.class)
                .should(RUN_IN_A_TRANSACTION)
                .because("a repository's reads and writes belong to one transaction of a service")
                .check(APP);
    }

    private static boolean transactional(JavaClass type) {
        return type.isAnnotatedWith(Transactional.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class)
                        || method.isAnnotatedWith(TransactionalEventListener.class))
                || type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(TransactionTemplate.class));
    }

    private static final ArchCondition<JavaClass> RUN_IN_A_TRANSACTION = new ArchCondition<>(
            "run in a transaction of their own or of every class that uses them") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            if (transactional(type)) {
                return;
            }
            List<JavaClass> callers = type.getDirectDependenciesToSelf().stream()
                    .map(dependency -> dependency.getOriginClass())
                    .map(origin -> origin.getEnclosingClass().orElse(origin))
                    .filter(origin -> !origin.equals(type)).distinct().toList();
            List<JavaClass> outside = callers.stream().filter(caller -> !transactional(caller)).toList();
            if (callers.isEmpty() || !outside.isEmpty()) {
                events.add(SimpleConditionEvent.violated(type, type.getName()
                        + " uses a repository outside a transaction (used by " + outside + ")"));
            }
        }
    };
}
