package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import java.util.Map;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bureau writes the 資料番号 with まとめ and 今後の方向性; a refused one keeps the dialog and all that was typed. */
@DemoDataTest
class ConclusionsDialogTest extends SpringBrowserlessTest {

    @Autowired
    ConclusionsService conclusions;

    @Test
    @WithUserDetails("admin")
    void theDocumentNumberIsSavedWithTheTexts() {
        Conclusions demo = conclusions.conclusions(2021).orElseThrow();
        try {
            TextField label = openDialog();
            assertThat(label.getValue()).isEqualTo("資料３");
            assertThat(label.getPlaceholder()).isEqualTo("例：資料３");
            assertThat(label.getLabel()).isEqualTo("資料番号");
            test(label).setValue("資料４");
            test(find(Button.class).withId("conclusions-ok").single()).click();

            assertThat(find(ConclusionsDialog.class).exists()).isFalse();
            Conclusions saved = conclusions.conclusions(2021).orElseThrow();
            assertThat(saved.documentLabel()).isEqualTo("資料４");
            assertThat(saved.summaryJa()).isEqualTo(demo.summaryJa());
        } finally {
            conclusions.save(demo);
        }
    }

    @Test
    @WithUserDetails("admin")
    void aDocumentNumberTooLongIsRefusedAndTheDialogKeepsEverythingTyped() {
        Conclusions demo = conclusions.conclusions(2021).orElseThrow();
        TextField label = openDialog();
        // past the field's own limit, as a crafted request would send it
        label.setValue("資".repeat(ConclusionsService.MAX_LABEL_LENGTH + 1));
        test(find(TextArea.class).withId("conclusions-summary-ja").single()).setValue("書きかけのまとめ");
        test(find(Button.class).withId("conclusions-ok").single()).click();

        assertThat(find(ConclusionsDialog.class).exists()).isTrue();
        assertThat(find(TextField.class).withId("conclusions-document-label").single().getValue())
                .hasSize(ConclusionsService.MAX_LABEL_LENGTH + 1);
        assertThat(find(TextArea.class).withId("conclusions-summary-ja").single().getValue()).isEqualTo("書きかけのまとめ");
        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains("資料番号は20文字以内で入力してください。");
        assertThat(conclusions.conclusions(2021).orElseThrow()).isEqualTo(demo);
    }

    private TextField openDialog() {
        UI.getCurrent().navigate(ResultsView.class, QueryParameters.simple(
                Map.of("round", "2021", "compare", "2017", "type", "support-room")));
        test(find(Button.class).withId("conclusions-edit").single()).click();
        return find(TextField.class).withId("conclusions-document-label").single();
    }
}
