package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.ResponseService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 東淀川区's support room answers in two sessions (two tabs, or two colleagues sharing the account): the
 * other session saves the draft after this one opened it. This one's 下書き保存 is refused with the reload
 * dialog and saves nothing; reloading shows what the other session saved.
 */
@DemoDataTest
class ConcurrentAnswerEditTest extends SpringBrowserlessTest {

    @Autowired
    ResponseService responses;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails(TestWards.HIGASHIYODOGAWA_ROOM)
    void aDraftSavedAfterAnotherSessionsDraftIsRefusedAndSavesNothing() {
        navigate(AnswerView.class);
        AnswerSheet opened = find(AnswerForm.class).single().sheet();
        test(level(12)).selectItem("とても連携できている");

        AnswerSheet.Line eighth = opened.lines().get(7);
        RunAs.call(accounts.loadUserByUsername(TestWards.HIGASHIYODOGAWA_ROOM), () -> responses.saveDraft(opened.key(),
                List.of(new AnswerInput(eighth.itemId(), Level.NOT_AT_ALL, "別のタブで保存")), opened.version()));
        test(find(Button.class).withId("save-draft").single()).click();

        ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
        AnswerSheet stored = responses.sheet(opened.key());
        assertThat(stored.lines().get(11).level()).as("this session's answer was not saved").isNull();
        assertThat(stored.lines().get(7).level()).isEqualTo(Level.NOT_AT_ALL);
        assertThat(level(12).getValue()).as("this session's input is still there").isEqualTo(Level.VERY_WELL);

        test(stale).confirm();

        assertThat(level(8).getValue()).isEqualTo(Level.NOT_AT_ALL);
        assertThat(level(12).getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Level> level(int itemNo) {
        return find(RadioButtonGroup.class).withId("item-" + itemNo).single();
    }
}
