package jp.osaka.renkei.action.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.ui.AccessDeniedView;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** One action by its URL: another ward's is refused; the bureau reviews; a viewer only reads. */
@DemoDataTest
class ActionDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserWhoTypesAnotherWardsActionUrlIsRefusedInsideTheLayout() {
        navigate(ActionDetailView.path(demoAction("社会福祉協議会との事例検討会")), AccessDeniedView.class);

        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("このページを表示する権限がありません");
        assertThat(find(Div.class).withId("action-summary").exists()).as("nothing of 天王寺区's action").isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsAnActionWithItsNotesButCannotEditAnnotateOrReview() {
        navigate(ActionDetailView.path(demoAction("理学療法士会の周知（区民向け講座）")), ActionDetailView.class);

        assertThat(find(Div.class).withClassName("action-note").all()).hasSize(1);
        assertThat(find(Button.class).withId("edit-action").exists()).as("no visible edit button").isFalse();
        assertThat(find(TextArea.class).withId("note-text").exists()).isFalse();
        assertThat(find(TextArea.class).withId("review-comment").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("review-text").single().getText()).isEqualTo("コメントはありません。");
        assertThat(find(Span.class).withId("action-status-badges").single().getElement().getTextRecursively())
                .contains("保留", "期限切れ");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReviewsAnActionAndTheHistoryKeepsIt() {
        long id = demoAction("区役所担当者との認識共有シートの作成");
        navigate(ActionDetailView.path(id), ActionDetailView.class);
        test(find(TextArea.class).withId("review-comment").single()).setValue("他区にも共有したい取組みです。");
        test(find(Button.class).withId("review-save").single()).click();

        assertThat(jdbc.queryForObject("select review_comment from action where id = ?", String.class, id))
                .isEqualTo("他区にも共有したい取組みです。");
        assertThat(find(TextArea.class).withId("review-comment").single().getValue())
                .isEqualTo("他区にも共有したい取組みです。");
        jdbc.update("update action set review_comment = null where id = ?", id);
    }

    private long demoAction(String title) {
        return jdbc.queryForObject("select id from action where title = ?", Long.class, title);
    }
}
