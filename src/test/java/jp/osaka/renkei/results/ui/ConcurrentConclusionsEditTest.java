package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators write 令和3年度's まとめ: one in this UI, the other in their own session after the
 * first opened the dialog. The later save is refused with the reload dialog; the form keeps what was typed.
 */
@DemoDataTest
class ConcurrentConclusionsEditTest extends SpringBrowserlessTest {

    @Autowired
    ConclusionsService conclusions;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("admin")
    void aSummarySavedAfterAnotherAdministratorsIsRefusedAndTheirsStays() {
        Conclusions demo = conclusions.conclusions(2021).orElseThrow();
        navigate(ResultsView.class);
        UI.getCurrent().navigate(ResultsView.class, QueryParameters.simple(
                Map.of("round", "2021", "compare", "2017", "type", "support-room")));
        test(find(Button.class).withId("conclusions-edit").single()).click();
        test(find(TextArea.class).withId("conclusions-summary-ja").single()).setValue("こちらのまとめ");

        RunAs.call(accounts.loadUserByUsername("admin"), () -> conclusions.save(
                new Conclusions(2021, "先に保存されたまとめ", null, demo.directionJa(), demo.directionEn())));
        try {
            test(find(Button.class).withId("conclusions-ok").single()).click();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            assertThat(conclusions.conclusions(2021).orElseThrow().summaryJa()).isEqualTo("先に保存されたまとめ");
            assertThat(find(TextArea.class).withId("conclusions-summary-ja").single().getValue())
                    .as("what was typed is still there to copy").isEqualTo("こちらのまとめ");
            test(stale).confirm();
            assertThat(find(ConclusionsDialog.class).exists()).isFalse();
            assertThat(find(Paragraph.class).withId("conclusions-summary").single().getText())
                    .isEqualTo("先に保存されたまとめ");
        } finally {
            RunAs.call(accounts.loadUserByUsername("admin"), () -> conclusions.save(demo));
        }
    }
}
