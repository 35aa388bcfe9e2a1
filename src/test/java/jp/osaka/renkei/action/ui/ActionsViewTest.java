package jp.osaka.renkei.action.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.action.ActionFixture;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.node.ObjectNode;

/** 取組み's list and form as people use them: filters and sorting in the database, checks in Japanese. */
@DemoDataTest
class ActionsViewTest extends SpringBrowserlessTest {

    /** 淀川区: its actions are the ACTIONS area's ({@link TestWards}). */
    private static final long YODOGAWA = TestWards.YODOGAWA.id();
    private static final long TENNOJI = 9;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestWrote() {
        new ActionFixture(jdbc).removeOfWard(YODOGAWA);
    }

    @Test
    @WithUserDetails("admin")
    void filteringByStatusShowsOnlyActionsInThatStatus() {
        navigate(ActionsView.class);
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = find(Select.class).withId("filter-status").single();
        test(status).selectItem("完了");

        assertThat(rows()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> assertThat(r.status()).isEqualTo(ActionStatus.DONE));
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("status"))).isEqualTo("完了");
    }

    @Test
    @WithUserDetails("admin")
    void overdueOnlyListsActionsPastTheirDueDateAndNotDoneAndMarksThem() {
        navigate(ActionsView.class);
        int all = test(grid()).size();
        test(find(Checkbox.class).withId("filter-overdue").single()).click();

        List<ActionRow> overdue = rows();
        assertThat(overdue).isNotEmpty().hasSizeLessThan(all).allSatisfy(r -> {
            assertThat(r.overdue()).isTrue();
            assertThat(r.status()).isNotEqualTo(ActionStatus.DONE);
            assertThat(r.dueDate()).isBefore(LocalDate.now());
        });
        assertThat(grid().getPartNameGenerator().apply(overdue.getFirst())).isEqualTo("overdue");
    }

    @Test
    @WithUserDetails("admin")
    void filteringByWardAndPartnerAndSortingByDueDateHappenInTheDatabase() {
        navigate(ActionsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ActionLabels.Place> ward = find(ComboBox.class).withId("filter-ward").single();
        test(ward).selectItem("全市");
        assertThat(rows()).hasSize(3).allSatisfy(r -> assertThat(r.wardId()).isNull());
        ward.clear();
        @SuppressWarnings("unchecked")
        ComboBox<?> partner = find(ComboBox.class).withId("filter-partner").single();
        test(partner).selectItem("理学療法士会");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> assertThat(r.partnerIds()).contains(11L));

        test(grid()).sortByColumn("dueDate", SortDirection.DESCENDING);
        assertThat(rows()).extracting(ActionRow::dueDate).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("room-tennoji")
    void aWardUserListsTheirWardsAndTheCityWideActionsOnly() {
        navigate(ActionsView.class);

        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r.wardId()).isIn(null, TENNOJI))
                .anySatisfy(r -> assertThat(r.wardId()).isEqualTo(TENNOJI));
        @SuppressWarnings("unchecked")
        ComboBox<ActionLabels.Place> ward = find(ComboBox.class).withId("filter-ward").single();
        test(ward).selectItem("都島区");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    @WithUserDetails(TestWards.YODOGAWA_OFFICE)
    void theFormNamesEveryMissingFieldInJapaneseAndSavesNothing() {
        navigate(ActionsView.class);
        test(find(Button.class).withId("create-action").single()).click();
        test(find(Button.class).withId("action-save").single()).click();

        TextField title = find(TextField.class).withId("action-title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("取組み名を入力してください。");
        MultiSelectComboBox<?> partners = find(MultiSelectComboBox.class).withId("action-partners").single();
        assertThat(partners.getErrorMessage()).isEqualTo("関係機関を1つ以上選んでください。");
        assertThat(find(DatePicker.class).withId("action-due-date").single().getErrorMessage())
                .isEqualTo("期限を入力してください。");
        assertThat(find(ComboBox.class).withId("action-ward").single().getValue()).as("a ward user's own ward")
                .isNotNull();
        assertThat(find(Dialog.class).withId("action-dialog").single().isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from action where ward_id = ?", Integer.class, YODOGAWA))
                .isZero();
    }

    @Test
    @WithUserDetails(TestWards.YODOGAWA_OFFICE)
    void theStatusSelectIsNotMarkedRequiredBecauseItAlwaysHasAStatus() {
        // Vaadin puts a required select's aria-required on its inner button, which ARIA does not allow (4.1.2)
        navigate(ActionsView.class);
        test(find(Button.class).withId("create-action").single()).click();

        Select<?> status = find(Select.class).withId("action-status").single();
        assertThat(status.isRequiredIndicatorVisible()).isFalse();
        assertThat(status.getValue()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    @WithUserDetails(TestWards.YODOGAWA_OFFICE)
    void aWardUserCreatesAnActionOfTheirWardThroughTheForm() {
        navigate(ActionsView.class);
        test(find(Button.class).withId("create-action").single()).click();
        test(find(TextField.class).withId("action-title").single()).setValue("淀川区 理学療法士会の周知");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<?> partners = find(MultiSelectComboBox.class).withId("action-partners").single();
        test(partners).selectItem("理学療法士会");
        test(find(DatePicker.class).withId("action-due-date").single()).setValue(LocalDate.now().plusDays(40));
        test(find(Button.class).withId("action-save").single()).click();

        assertThat(jdbc.queryForList("select owner from action where ward_id = ? and title = ?", String.class,
                YODOGAWA, "淀川区 理学療法士会の周知")).containsExactly(TestWards.YODOGAWA_OFFICE);
    }

    /** Enter on a row opens it, as a click does (before, only Space did); Enter elsewhere opens nothing. */
    @Test
    @WithUserDetails("admin")
    void enterOnARowOpensTheAction() {
        navigate(ActionsView.class);
        ActionRow second = test(grid()).getRow(1);
        String key = grid().getDataCommunicator().getKeyMapper().key(second);

        keydown(false, key);
        assertThat(getCurrentView()).isInstanceOf(ActionsView.class);
        keydown(true, key);
        assertThat(getCurrentView()).isInstanceOf(ActionDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("actions/" + second.id());
    }

    /** A keydown on the grid as the browser sends it: whether the filter (Enter on a body row) held, and the row. */
    private void keydown(boolean enterOnARow, String itemKey) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ActionsView.ENTER_ON_A_ROW, enterOnARow);
        data.put(ActionsView.FOCUSED_ITEM_KEY, itemKey);
        grid().getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid().getElement(), "keydown", data));
    }

    @SuppressWarnings("unchecked")
    private Grid<ActionRow> grid() {
        return find(Grid.class).withId("actions-grid").single();
    }

    private List<ActionRow> rows() {
        GridTester<Grid<ActionRow>, ActionRow> tester = test(grid());
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }
}
