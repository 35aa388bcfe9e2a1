package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.ui.NamesDialog;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** 質問項目 as the bureau edits them: only while the round is in preparation. */
@DemoDataTest
class InstrumentViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;
    @Autowired
    InstrumentService instruments;

    @Test
    @WithUserDetails("admin")
    void theItemsOfAnOpenRoundAreShownButCannotChange() {
        navigate("admin/rounds/2025/ward-office", InstrumentView.class);

        assertThat(grid().size()).isEqualTo(12);
        assertThat(grid().getCellText(6, 1)).isEqualTo("総合相談窓口（ブランチ）");
        assertThat(find(Button.class).withId("items-add").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aPartnerIsAddedToARoundInPreparationAndAnItemRenamed() {
        SystemActor.run(() -> rounds.create(2034, 2025));
        navigate("admin/rounds/2034/support-room", InstrumentView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PartnerSummary> partner = find(ComboBox.class).withId("items-partner").single();
        assertThat(partner.getListDataView().getItems().map(p -> p.name().ja()))
                .as("only the other respondent's partner is left to add").containsExactly("在宅医療・介護連携支援コーディネーター");

        test(partner).selectItem("在宅医療・介護連携支援コーディネーター");
        test(find(Button.class).withId("items-add").single()).click();

        assertThat(grid().size()).isEqualTo(13);
        assertThat(grid().getCellText(12, 0)).isEqualTo("13");
        assertThat(grid().getCellText(12, 1)).isEqualTo("在宅医療・介護連携支援コーディネーター");
    }

    @Test
    @WithUserDetails("admin")
    @Transactional // the new partner goes with the rollback: other tests list the partners
    void aNewPartnerNeedsNoEnglishNameAndGoesIntoBothQuestionnairesAtOnce() {
        SystemActor.run(() -> rounds.create(2048, 2025));
        navigate("admin/rounds/2048/ward-office", InstrumentView.class);
        test(find(Button.class).withId("items-new-partner").single()).click();
        NamesDialog dialog = find(NamesDialog.class).single();
        assertThat(find(TextField.class).withId("names-ja").single().getLabel()).isEqualTo("項目名（日本語）");
        assertThat(find(TextField.class).withId("names-en").single().getHelperText())
                .isEqualTo("空欄のときは日本語の項目名を英語表示にも使います。");

        test(find(TextField.class).withId("names-ja").single()).setValue("作業療法士会");
        Checkbox both = find(Checkbox.class).withId("names-both").single();
        assertThat(both.getLabel()).isEqualTo("両方の調査票（区役所・相談支援室）に追加する");
        test(both).click();
        test(find(Button.class).withId("names-ok").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(grid().getCellText(12, 1)).isEqualTo("作業療法士会");
        assertThat(grid().getCellText(12, 2)).as("English falls back to Japanese").isEqualTo("作業療法士会");
        assertThat(SystemActor.call(() -> instruments.items(2048, RespondentType.SUPPORT_ROOM)).getLast().label()
                .ja()).isEqualTo("作業療法士会");
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void aRefusedNewPartnerKeepsTheDialogOpenWithTheInputAndSaysWhyAtTheField() {
        SystemActor.run(() -> rounds.create(2049, 2025));
        navigate("admin/rounds/2049/ward-office", InstrumentView.class);
        int before = grid().size();
        test(find(Button.class).withId("items-new-partner").single()).click();
        NamesDialog dialog = find(NamesDialog.class).single();
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click loses no input").isFalse();
        TextField ja = find(TextField.class).withId("names-ja").single();
        TextField en = find(TextField.class).withId("names-en").single();

        test(ja).setValue("在宅医療・介護連携支援コーディネーター");
        test(en).setValue("Coordinator");
        test(find(Button.class).withId("names-ok").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(ja.getValue()).isEqualTo("在宅医療・介護連携支援コーディネーター");
        assertThat(en.getValue()).isEqualTo("Coordinator");
        assertThat(ja.isInvalid()).isTrue();
        assertThat(ja.getErrorMessage()).startsWith("関係機関「在宅医療・介護連携支援コーディネーター」はすでにあります");

        test(ja).setValue(" ");
        test(find(Button.class).withId("names-ok").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(ja.getErrorMessage()).isEqualTo("項目名（日本語）を入力してください。");
        assertThat(en.getValue()).isEqualTo("Coordinator");
        assertThat(grid().size()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ItemSummary>, ItemSummary> grid() {
        return test(find(Grid.class).withId("items-grid").single());
    }
}
