package jp.osaka.renkei.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every change that can end a signed-in session raises the {@link SessionStamp} in the same code: otherwise the
 * sessions, checked from memory while the stamp stands still, would go on for up to a minute after it
 * (docs/decisions/0020-session-check-in-memory.md).
 */
class SessionEndingChangesTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.osaka.renkei");

    /** What SessionCheck compares (enabled, password, role, ward) and the deletions of other sessions' rows. */
    private static final Set<String> ENDING = Set.of(
            "AppUser.assign", "AppUser.setEnabled", "AppUser.setOneTimePassword", "AppUser.changePassword",
            "AppUser.rehashPassword", "UserSessionRepository.deleteOthers", "UserSessionRepository.deleteAllOf",
            "UserSessionRepository.deleteAllInBatch");

    @Test
    void everyCodeThatChangesWhatEndsASessionRaisesTheStamp() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("jp.osaka.renkei..")
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("AppUser")
                .should(RAISE_THE_STAMP_WHEN_ENDING)
                .check(APP);
    }

    private static String target(JavaAccess<?> access) {
        return access.getTargetOwner().getSimpleName() + "." + access.getName();
    }

    private static final ArchCondition<JavaCodeUnit> RAISE_THE_STAMP_WHEN_ENDING = new ArchCondition<>(
            "raise SessionStamp when they change what ends a session") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
            boolean ends = unit.getCallsFromSelf().stream().anyMatch(call -> ENDING.contains(target(call)));
            boolean raises = unit.getCallsFromSelf().stream()
                    .anyMatch(call -> target(call).equals("SessionStamp.raise"));
            if (ends && !raises) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName()
                        + " changes what ends a session without raising SessionStamp"));
            }
        }
    };
}
