package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.survey.Level;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Leaving 回答入力 with unsaved changes asks first (保存されていない変更があります): stay, leave without saving, or
 * save the draft and leave, on 平野区's support room (its area's in {@link TestWards}): the tests that leave without
 * saving change nothing, the saving test adds item 12 to the draft.
 */
@DemoDataTest
class UnsavedChangesTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(TestWards.HIRANO_ROOM)
    void leavingWithAnUnsavedLevelAsksAndStaysUntilTheUserChooses() {
        navigate(AnswerView.class);
        test(level(3)).selectItem("連携できている");

        UI.getCurrent().navigate("");
        ConfirmDialog dialog = unsavedDialog();
        assertThat(test(dialog).getHeader()).isEqualTo("保存されていない変更があります");
        assertThat(getCurrentView()).isInstanceOf(AnswerView.class);

        test(dialog).cancel();
        assertThat(getCurrentView()).isInstanceOf(AnswerView.class);
        assertThat(level(3).getValue()).as("what was chosen is still there").isEqualTo(Level.WELL);

        UI.getCurrent().navigate("");
        test(unsavedDialog()).reject();
        assertThat(getCurrentView()).isNotInstanceOf(AnswerView.class);

        navigate(AnswerView.class);
        assertThat(level(3).getValue()).as("left without saving").isNull();
    }

    @Test
    @WithUserDetails(TestWards.HIRANO_ROOM)
    void aChangedCommentCountsAsUnsavedAndAFormWithoutChangesLeavesAtOnce() {
        navigate(AnswerView.class);
        UI.getCurrent().navigate("");
        assertThat(find(ConfirmDialog.class).withId("unsaved-changes").all()).isEmpty();
        assertThat(getCurrentView()).isNotInstanceOf(AnswerView.class);

        navigate(AnswerView.class);
        test(find(TextField.class).withId("comment-2").single()).setValue("連絡会の日程を調整中");
        UI.getCurrent().navigate("");
        test(unsavedDialog()).reject();
        assertThat(getCurrentView()).isNotInstanceOf(AnswerView.class);
    }

    @Test
    @WithUserDetails(TestWards.HIRANO_ROOM)
    void saveAndLeaveKeepsTheDraftThenGoes() {
        AnswerView view = navigate(AnswerView.class);
        test(level(12)).selectItem("とても連携できている");
        assertThat(view.form().hasUnsavedChanges()).isTrue();

        UI.getCurrent().navigate("");
        test(unsavedDialog()).confirm();
        assertThat(getCurrentView()).isNotInstanceOf(AnswerView.class);

        AnswerView again = navigate(AnswerView.class);
        assertThat(level(12).getValue()).isEqualTo(Level.VERY_WELL);
        assertThat(again.form().hasUnsavedChanges()).isFalse();
    }

    private ConfirmDialog unsavedDialog() {
        return find(ConfirmDialog.class).withId("unsaved-changes").single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Level> level(int itemNo) {
        return find(RadioButtonGroup.class).withId("item-" + itemNo).single();
    }
}
