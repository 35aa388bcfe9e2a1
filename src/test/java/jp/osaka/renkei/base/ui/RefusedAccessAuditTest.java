package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A refused view or service call is in the audit log with who and what (ASVS 16.3.2); the user sees no more. */
@DemoDataTest
class RefusedAccessAuditTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("ward-kita")
    void anotherWardsResponseOpenedByItsUrlIsRecordedWithTheUserThePathAndTheReason() {
        long before = refusals().size();

        navigate("responses/2025/271225/ward-office", AccessDeniedView.class);

        assertThat(refusals()).hasSize((int) before + 1).first().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("ward-kita");
            assertThat(entry.getTarget()).isEqualTo("responses/2025/271225/ward-office");
            assertThat(entry.getDetail()).isEqualTo("Response of another ward");
        });
    }

    @Test
    @WithUserDetails("ward-kita")
    void aViewTheRoleMayNotOpenIsRecordedAndStillLooksLikeAnUnknownPage() {
        long before = refusals().size();

        navigate("admin/users", NotFoundView.class);

        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("ページが見つかりません");
        assertThat(refusals()).hasSize((int) before + 1).first().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("ward-kita");
            assertThat(entry.getTarget()).isEqualTo("admin/users");
        });
    }

    @Test
    @WithUserDetails("ward-kita")
    void aServiceRefusalInAClickIsRecordedWithTheViewItCameFrom() {
        UI.getCurrent().navigate("results");
        long before = refusals().size();

        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new RuntimeException(new AccessDeniedException("Comments of another ward"))));

        assertThat(refusals()).hasSize((int) before + 1).first().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("ward-kita");
            assertThat(entry.getTarget()).isEqualTo("results");
            assertThat(entry.getDetail()).isEqualTo("Comments of another ward");
        });
    }

    private List<AuditEntry> refusals() {
        return SystemActor.call(
                () -> audit.find(new AuditFilter(AuditAction.ACCESS_DENIED, "ward-kita", null, null), 0, 1000));
    }
}
