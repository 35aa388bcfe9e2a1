package jp.osaka.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** What the features do ends up in the 監査ログ, through their events; no feature calls the log. */
@DemoDataTest
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    RoundService rounds;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void noCodeCanChangeOrDeleteAnEntry() {
        assertThat(AuditEntryRepository.class.getMethods()).extracting(Method::getName)
                .as("the repository only adds and reads").containsOnly("save", "findAll", "count");
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(m -> !Modifier.isPrivate(m.getModifiers())))
                .extracting(Method::getName).as("an entry has getters only").allMatch(name -> name.startsWith("get"));
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTypedButNeverThePassword() throws Exception {
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("ward-sumiyoshi", "my-secret-guess")))
                .isInstanceOf(BadCredentialsException.class);

        List<AuditEntry> failed = entries(AuditAction.SIGN_IN_FAILED, "ward-sumiyoshi");
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().getDetail()).isEqualTo("BadCredentialsException").doesNotContain("my-secret-guess");
    }

    @Test
    void aRoundChangeIsRecordedWithWhoDidIt() {
        SystemActor.run(() -> rounds.create(2011, null));

        assertThat(entries(AuditAction.ROUND_CREATED, "system")).extracting(AuditEntry::getTarget).contains("2011");
    }

    @Test
    void theDemoDataLeftItsTrailOfCreatedUsersAndPublishedRounds() {
        assertThat(entries(AuditAction.USER_CREATED, "system")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(entries(AuditAction.ROUND_PUBLISHED, "system")).extracting(AuditEntry::getTarget)
                .contains("2017", "2021");
    }

    private List<AuditEntry> entries(AuditAction action, String actor) {
        return SystemActor.call(() -> log.find(new AuditFilter(action, actor, null, null), 0, 500));
    }
}
