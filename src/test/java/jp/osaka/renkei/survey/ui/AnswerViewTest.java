package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

import jp.osaka.renkei.survey.Level;

import org.junit.jupiter.api.Test;
import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 回答入力 as a ward user meets it: on the demo data's open round 令和7年度, one ward per test. The wards it changes
 * are its area's in {@link TestWards}.
 */
@DemoDataTest
class AnswerViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("ward-kita")
    void everyItemIsShownWithLastRoundsAnswerBesideIt() {
        navigate(AnswerView.class);

        assertThat(levels()).hasSize(12);
        assertThat(find(Span.class).withId("item-label-12").single().getText())
                .isEqualTo("12.在宅医療・介護連携支援コーディネーター");
        assertThat(find(Span.class).withClassName("item-previous").all())
                .allSatisfy(previous -> assertThat(previous.getText()).startsWith("前回（令和3年度 (2021)）"));
        assertThat(find(Span.class).withId("answer-status-text").single().getText())
                .isEqualTo("まだ保存された回答はありません。");
    }

    @Test
    @WithUserDetails("room-kita")
    void aSupportRoomAnswersItsOwnInstrument() {
        navigate(AnswerView.class);

        assertThat(find(Span.class).withId("item-label-12").single().getText()).isEqualTo("12.区役所担当者");
    }

    @Test
    @WithUserDetails(TestWards.HIGASHISUMIYOSHI_OFFICE)
    void aDraftKeepsWhatIsFilledInAcrossAReload() {
        navigate(AnswerView.class);
        test(level(1)).selectItem("とても連携できている");
        test(level(7)).selectItem("連携できていない");
        test(find(TextField.class).withId("comment-7").single()).setValue("ブランチとの定例会を検討中");
        test(button("save-draft")).click();

        // The same response by its address: a new view, read afresh from the database.
        navigate("responses/2025/" + TestWards.HIGASHISUMIYOSHI.code() + "/ward-office", ResponseView.class);

        assertThat(level(1).getValue()).isEqualTo(Level.VERY_WELL);
        assertThat(level(7).getValue()).isEqualTo(Level.NOT_WELL);
        assertThat(level(2).getValue()).isNull();
        assertThat(find(TextField.class).withId("comment-7").single().getValue()).isEqualTo("ブランチとの定例会を検討中");
        assertThat(find(Span.class).withId("answer-status-text").single().getText()).startsWith("最終保存:");
    }

    @Test
    @WithUserDetails(TestWards.HIRANO_ROOM)
    void savingADraftUpdatesTheStatusLineAndKeepsTheRowsTheUserFilledIn() {
        navigate(AnswerView.class);
        RadioButtonGroup<Level> first = level(1);
        test(first).selectItem("連携できている");
        test(button("save-draft")).click();

        // the same components, not a rebuilt form (which sent 125 KB a save under load)
        assertThat(level(1)).isSameAs(first);
        assertThat(first.getValue()).isEqualTo(Level.WELL);
        assertThat(find(Span.class).withId("answer-status-text").single().getText()).startsWith("最終保存:");
    }

    @Test
    @WithUserDetails("ward-fukushima")
    void submittingWithUnansweredItemsListsThemAndSubmitsNothing() {
        navigate(AnswerView.class);
        levels().subList(0, 10).forEach(group -> test(group).selectItem("連携できている"));

        test(button("submit")).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).withId("incomplete-dialog").single();
        assertThat(find(ListItem.class, dialog).all()).extracting(ListItem::getText)
                .containsExactly("11.理学療法士会", "12.在宅医療・介護連携支援コーディネーター");
        test(dialog).confirm();
        // the ten levels are still only on the form: leaving asks, and this test leaves without saving
        UI.getCurrent().navigate("responses/2025/271039/ward-office");
        test(find(ConfirmDialog.class).withId("unsaved-changes").single()).reject();
        assertThat(getCurrentView()).isInstanceOf(ResponseView.class);
        assertThat(level(1).isReadOnly()).isFalse();
        assertThat(level(1).getValue()).as("nothing was saved by the refused submit").isNull();
    }

    @Test
    @WithUserDetails(TestWards.HIRANO_OFFICE)
    void aCompleteResponseIsSubmittedAfterConfirmationAndThenReadOnly() {
        navigate(AnswerView.class);
        levels().forEach(group -> test(group).selectItem("とても連携できている"));
        test(level(11)).selectItem("区内に団体がない");

        test(button("submit")).click();
        test(find(ConfirmDialog.class).withId("submit-confirm").single()).confirm();

        navigate("responses/2025/" + TestWards.HIRANO.code() + "/ward-office", ResponseView.class);
        assertThat(levels()).allSatisfy(group -> assertThat(group.isReadOnly()).isTrue());
        assertThat(level(11).getValue()).isEqualTo(Level.NO_ORGANISATION);
        assertThat(find(Button.class).withId("submit").exists()).isFalse();
        assertThat(find(Button.class).withId("save-draft").exists()).isFalse();
        assertThat(find(Span.class).withId("answer-status-text").single().getText()).contains("提出済み");
    }

    @Test
    @WithUserDetails("ward-chuo")
    void aSubmittedResponseOfTheDemoIsReadOnly() {
        navigate(AnswerView.class);

        assertThat(levels()).allSatisfy(group -> {
            assertThat(group.isReadOnly()).isTrue();
            assertThat(group.getValue()).isNotNull();
        });
        assertThat(find(Button.class).withId("submit").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<Level>> levels() {
        return find(RadioButtonGroup.class).withClassName("item-levels").all().stream()
                .map(group -> (RadioButtonGroup<Level>) group).toList();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Level> level(int itemNo) {
        return find(RadioButtonGroup.class).withId("item-" + itemNo).single();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }
}
