package jp.osaka.renkei.action.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.base.security.RunAs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two people change the same action: the administrator in this UI, 城東区's ward office in its own
 * session (the service, signed in as them) after the administrator opened the action. The second save is
 * refused with the reload dialog and changes nothing.
 */
@DemoDataTest
class ConcurrentActionEditTest extends SpringBrowserlessTest {

    private static final String TITLE = "区役所担当者とコーディネーターの定例打合せ";
    private static final String DESCRIPTION = "月1回、区役所担当者とコーディネーターが課題を共有する打合せを行う。";

    @Autowired
    ActionService actions;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemoAction() {
        jdbc.update("update action set title = ?, description = ?, review_comment = null where title in (?, ?)",
                TITLE, DESCRIPTION, TITLE, "管理者が変えた題名");
    }

    @Test
    @WithUserDetails("admin")
    void anEditSavedAfterSomeoneElsesIsRefusedWithTheReloadDialogAndTheirChangeStays() {
        long id = demoAction();
        navigate(ActionDetailView.path(id), ActionDetailView.class);
        test(find(Button.class).withId("edit-action").single()).click();
        test(find(TextField.class).withId("action-title").single()).setValue("管理者が変えた題名");

        inOtherSession(TestWards.JOTO_OFFICE, () -> {
            ActionDetail now = actions.get(id);
            actions.update(id, now.version(), new ActionInput(now.title(), "区役所が書いた説明", now.wardId(),
                    now.partnerIds(), now.goalId(), now.owner(), now.dueDate(), now.status()));
        });
        test(find(Button.class).withId("action-save").single()).click();

        ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
        assertThat(stale.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select title from action where id = ?", String.class, id)).isEqualTo(TITLE);
        assertThat(jdbc.queryForObject("select description from action where id = ?", String.class, id))
                .isEqualTo("区役所が書いた説明");
        assertThat(find(TextField.class).withId("action-title").single().getValue())
                .as("the administrator's own input is still there to copy").isEqualTo("管理者が変えた題名");

        test(stale).confirm();

        assertThat(find(Dialog.class).withId("action-dialog").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("action-description-text").single().getText())
                .isEqualTo("区役所が書いた説明");
    }

    @Test
    @WithUserDetails("admin")
    void aReviewCommentSavedAfterAnotherAdministratorsIsRefusedAndTheirsStays() {
        long id = demoAction();
        navigate(ActionDetailView.path(id), ActionDetailView.class);
        test(find(TextArea.class).withId("review-comment").single()).setValue("こちらのコメント");

        inOtherSession("admin", () -> actions.review(id, actions.get(id).version(), "先に保存されたコメント"));
        test(find(Button.class).withId("review-save").single()).click();

        ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
        assertThat(jdbc.queryForObject("select review_comment from action where id = ?", String.class, id))
                .isEqualTo("先に保存されたコメント");
        test(stale).confirm();
        assertThat(find(TextArea.class).withId("review-comment").single().getValue()).isEqualTo("先に保存されたコメント");
    }

    private void inOtherSession(String username, Runnable work) {
        RunAs.call(accounts.loadUserByUsername(username), () -> {
            work.run();
            return null;
        });
    }

    private long demoAction() {
        return jdbc.queryForObject("select id from action where title = ?", Long.class, TITLE);
    }
}
