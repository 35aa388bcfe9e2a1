package jp.osaka.renkei.action.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.Set;

import jp.osaka.renkei.BadInput;
import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionFixture;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 担当者 without an account: a ward types a name that is not in the owner list, and the action is theirs,
 * marked （アカウントなし） wherever it is shown; the history names both kinds of owner.
 */
@DemoDataTest
class ActionOwnerNameTest extends SpringBrowserlessTest {

    /** Only this test writes 西成区's actions. */
    private static final String TITLE = "西成区 訪問看護との退院調整";
    private static final String NAME = "訪問看護ステーション 西成 田中";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionService actions;

    @AfterEach
    void removeWhatTheTestWrote() {
        new ActionFixture(jdbc).removeTitled(TITLE);
    }

    @Test
    @WithUserDetails("ward-nishinari")
    void aWardTypesANameNotInTheListAndThePersonWithoutAnAccountOwnsTheAction() {
        createThroughTheForm("  " + NAME + " ");

        assertThat(jdbc.queryForList("select owner_name from action where title = ? and owner is null", String.class,
                TITLE)).containsExactly(NAME);
        assertThat(find(Dialog.class).withId("action-dialog").exists()).isFalse();
        assertThat(find(Div.class).withId("action-summary").single().getElement().getTextRecursively())
                .contains(NAME + "（アカウントなし）");
    }

    @Test
    @WithUserDetails("ward-nishinari")
    void aNameLongerThanOneHundredCharactersIsRefusedInTheFormAndNothingIsSaved() {
        createThroughTheForm("田".repeat(101));

        assertThat(owner().isInvalid()).isTrue();
        assertThat(owner().getErrorMessage()).isEqualTo("担当者の名前は100文字以内で入力してください。");
        assertThat(jdbc.queryForObject("select count(*) from action where title = ?", Integer.class, TITLE)).isZero();
    }

    @Test
    @WithUserDetails("ward-nishinari")
    void editingShowsTheNameAndTheHistoryNamesBothKindsOfOwnerReadably() {
        createThroughTheForm(NAME);

        test(find(Button.class).withId("edit-action").single()).click();
        ComboBox<ActionService.Owner> owner = owner();
        assertThat(owner.getValue()).isEqualTo(ActionService.Owner.named(NAME));
        assertThat(owner.getItemLabelGenerator().apply(owner.getValue())).isEqualTo(NAME + "（アカウントなし）");
        test(owner).selectItem("西成区役所 担当者");
        test(find(Button.class).withId("action-save").single()).click();

        assertThat(jdbc.queryForMap("select owner, owner_name from action where title = ?", TITLE))
                .containsEntry("OWNER", "ward-nishinari").containsEntry("OWNER_NAME", null);
        @SuppressWarnings("unchecked")
        Grid<ActionDetail.HistoryEntry> history = find(Grid.class).withId("history-grid").single();
        assertThat(test(history).getCellText(0, 2)).isEqualTo("担当者");
        assertThat(test(history).getCellText(0, 3)).isEqualTo(NAME + "（アカウントなし）");
        assertThat(test(history).getCellText(0, 4)).isEqualTo("西成区役所 担当者");
    }

    @Test
    @WithUserDetails("admin")
    void theListMarksAndFiltersTheOwnersWithoutAnAccount() {
        navigate(ActionsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ActionService.Owner> filter = find(ComboBox.class).withId("filter-owner").single();
        test(filter).selectItem("東成区地域包括支援センター 田中（アカウントなし）");

        @SuppressWarnings("unchecked")
        Grid<ActionRow> grid = find(Grid.class).withId("actions-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).title()).isEqualTo("地域包括支援センター・ブランチ・社会福祉協議会との連携強化");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("owner")))
                .isEqualTo("東成区地域包括支援センター 田中（アカウントなし）");
        filter.clear();
        test(grid).sortByColumn("owner");
        assertThat(test(grid).getRow(0).ownerWithoutAccount()).as("no username sorts first").isTrue();
    }

    @Test
    @WithUserDetails("room-nishinari")
    void aWardUsersOwnerFilterOffersOnlyTheNamesOfActionsTheyRead() {
        navigate(ActionsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ActionService.Owner> filter = find(ComboBox.class).withId("filter-owner").single();

        assertThat(test(filter).getSuggestions()).noneMatch(s -> s.contains("東成区地域包括支援センター"));
    }

    @Test
    @WithUserDetails("admin")
    void anyTypedNameIsSavedAsTheOwnerOrRefusedWithAMessageOfTheBundles() {
        long partner = jdbc.queryForObject("select min(id) from partner", Long.class);
        long id = actions.create(new ActionInput(TITLE, null, null, Set.of(partner), null, null, NAME,
                LocalDate.of(2031, 3, 31), ActionStatus.PLANNED));
        for (String text : BadInput.texts(60)) {
            try {
                actions.update(id, actions.get(id).version(), new ActionInput(TITLE, null, null, Set.of(partner),
                        null, null, text, LocalDate.of(2031, 3, 31), ActionStatus.PLANNED));
                assertThat(actions.get(id).ownerName()).isEqualTo(text.strip());
                assertThat(actions.get(id).ownerWithoutAccount()).isTrue();
            } catch (DomainException e) {
                assertThat(e.messageKey()).isIn("action.ownerName.required", "action.ownerName.tooLong");
                assertThat(UI.getCurrent().getTranslation(e.messageKey(), e.arguments())).doesNotStartWith("!");
            }
        }
    }

    /** A new action of the ward through the form, its owner typed: then its page is open. */
    private void createThroughTheForm(String typedOwner) {
        navigate(ActionsView.class);
        test(find(Button.class).withId("create-action").single()).click();
        test(find(TextField.class).withId("action-title").single()).setValue(TITLE);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<?> partners = find(MultiSelectComboBox.class).withId("action-partners").single();
        test(partners).selectItem("理学療法士会");
        test(find(DatePicker.class).withId("action-due-date").single()).setValue(LocalDate.now().plusDays(40));
        ComboBox<ActionService.Owner> owner = owner();
        assertThat(owner.isAllowCustomValue()).as("the browser sends a typed name").isTrue();
        assertThat(owner.getHelperText()).isEqualTo("一覧にない名前を入力すると、アカウントのない担当者として記録します。");
        type(owner, typedOwner);
        test(find(Button.class).withId("action-save").single()).click();
    }

    private void type(ComboBox<ActionService.Owner> owner, String text) {
        // what the browser sends when a name not in the list is typed and the field left
        ComponentUtil.fireEvent(owner, new ComboBoxBase.CustomValueSetEvent<>(owner, true, text));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionService.Owner> owner() {
        return find(ComboBox.class).withId("action-owner").single();
    }
}
