package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.results.WardLevels;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 集計結果 as each role sees it, on the demo data (令和3年度 compared with 平成29年度, 令和7年度 still open). */
@DemoDataTest
class ResultsViewTest extends SpringBrowserlessTest {

    private static final long KITA = 1;

    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesEveryItemWithTheSameNumbersInItsTableAndCanDrillDownToWards() {
        open("results", "round=2021&compare=2017&type=ward-office&tables=1");

        InstrumentResults counts = SystemActor.call(() -> results.instrument(2021, 2017, RespondentType.WARD_OFFICE));
        assertThat(find(ItemResultPanel.class).all()).hasSize(12);
        ItemResult branch = counts.item("BRANCH_CONSULTATION").orElseThrow();
        List<String> rows = tableRows("item-BRANCH_CONSULTATION");
        // each row says who answered its round (the demo's rounds are complete)
        assertThat(rows.get(0)).isEqualTo("令和3年度（回答 24 / 24区） " + branch.current().count(Level.VERY_WELL) + " "
                + branch.current().count(Level.WELL) + " " + branch.current().count(Level.NOT_WELL) + " "
                + branch.current().count(Level.NOT_AT_ALL) + " " + branch.current().count(Level.NO_ORGANISATION) + " 0");
        assertThat(rows.get(1)).startsWith("平成29年度（回答 24 / 24区） " + branch.comparison().count(Level.VERY_WELL) + " ");
        assertThat(rows.get(2)).startsWith("増減 " + LevelTable.signed(branch.change(Level.VERY_WELL)) + " ");
        assertThat(find(Span.class).withClassName("own-ward-marker").all()).isEmpty();

        test(find(Button.class).withId("show-ward-levels").single()).click();
        Grid<WardLevels.Row> wards = find(Grid.class).withId("ward-levels-grid").single();
        assertThat(test(wards).size()).isEqualTo(24);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorFollowsTheOpenRoundBeforeItIsPublished() {
        open("results", "round=2025");

        ComboBox<RoundSummary> round = find(ComboBox.class).withId("results-round").single();
        assertThat(round.getValue().fiscalYear()).isEqualTo(2025);
        // other tests sharing the demo data add rounds of their own: check the rule, not the exact list
        assertThat(round.getListDataView().getItems().toList())
                .noneMatch(shown -> shown.status() == RoundStatus.DRAFT)
                .extracting(RoundSummary::fiscalYear).containsSubsequence(2025, 2021, 2017);
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserSeesCityWideCountsWithOnlyTheirOwnWardsAnswerMarked() {
        open("results", "round=2021&compare=2017&type=ward-office&tables=1");

        WardLevels all = SystemActor.call(() -> results.wardLevels(2021, RespondentType.WARD_OFFICE));
        WardLevels.Row kita = all.wards().stream().filter(row -> row.wardId() == KITA).findFirst().orElseThrow();
        List<Span> markers = find(Span.class).withClassName("own-ward-marker").all();
        assertThat(markers).hasSize(12);
        ItemResult doctors = SystemActor.call(() -> results.instrument(2021, 2017, RespondentType.WARD_OFFICE))
                .item("MEDICAL_ASSOCIATION").orElseThrow();
        assertThat(find(Span.class).withClassName("own-ward-answer").all().getFirst().getText())
                .isEqualTo("自区の回答：" + com.vaadin.flow.component.UI.getCurrent()
                        .getTranslation(kita.level(doctors.partnerId()).messageKey()));
        assertThat(find(Button.class).withId("show-ward-levels").all()).isEmpty();
        assertThatThrownBy(() -> navigate(WardLevelsView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesOnlyPublishedRoundsAndAnUnpublishedRoundInTheUrlFallsBackToTheNewestPublished() {
        open("results", "round=2025&compare=none&type=support-room&tables=1");

        ComboBox<RoundSummary> round = find(ComboBox.class).withId("results-round").single();
        assertThat(round.getListDataView().getItems().toList())
                .allMatch(shown -> shown.status() == RoundStatus.PUBLISHED)
                .extracting(RoundSummary::fiscalYear).containsSubsequence(2021, 2017).doesNotContain(2025);
        assertThat(round.getValue().fiscalYear()).isEqualTo(2021);
        ComboBox<RoundSummary> comparison = find(ComboBox.class).withId("results-comparison").single();
        assertThat(comparison.getValue()).isNull();
        assertThat(instruments().getValue()).isEqualTo(RespondentType.SUPPORT_ROOM);
        assertThat(tableRows("item-HOME_NURSING")).hasSize(1); // no comparison, no change row
        assertThat(find(Span.class).withClassName("own-ward-marker").all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void choosingAnotherInstrumentPutsItInTheUrl() {
        open("results", "round=2021");
        RadioButtonGroup<RespondentType> instruments = instruments();
        assertThat(instruments.getLabel()).isEqualTo("回答主体");

        test(instruments).selectItem("相談支援室");

        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters()).isEqualTo(java.util.Map.of("round", List.of("2021"), "compare", List.of("2017"),
                        "type", List.of("support-room")));
        assertThat(find(ItemResultPanel.class).all()).extracting(panel -> panel.getId().orElseThrow())
                .contains("item-WARD_STAFF");
    }

    @Test
    @WithUserDetails("viewer")
    void theTablesAreShownOnRequestAndTheChartsSayTheirNumbersWithoutThem() {
        open("results", "round=2021&compare=2017&type=ward-office");

        assertThat(find(ItemResultPanel.class).all()).hasSize(12);
        assertThat(find(LevelTable.class).all()).isEmpty();
        ItemResult branch = SystemActor.call(() -> results.instrument(2021, 2017, RespondentType.WARD_OFFICE))
                .item("BRANCH_CONSULTATION").orElseThrow();
        ItemResultPanel panel = find(ItemResultPanel.class).withId("item-BRANCH_CONSULTATION").single();
        String label = find(jp.osaka.renkei.base.ui.Chart.class, panel).single().getElement().getAttribute("aria-label");
        assertThat(label).contains("令和3年度（回答 24 / 24区）：とても連携できている " + branch.current().count(Level.VERY_WELL) + "、")
                .contains("平成29年度（回答 24 / 24区）：とても連携できている " + branch.comparison().count(Level.VERY_WELL) + "、");
        assertThat(paragraph("results-respondents")).isEqualTo("令和3年度 (2021)：回答 24 / 24区、平成29年度 (2017)：回答 24 / 24区");
        assertThat(paragraph("results-change-basis")).startsWith("増減は両年度とも回答した 24 区で比較しています");
        assertThat(paragraph("findings-basis")).startsWith("所見の基礎：令和3年度 (2021)：回答 24 / 24区、平成29年度 (2017)：回答 24 / 24区。")
                .contains("増減は両年度とも回答した 24 区で比較");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("results-small-numbers").all()).isEmpty();

        assertThat(find(Span.class, panel).withClassName("item-change").single().getText())
                .startsWith("増減：とても " + LevelTable.signed(branch.change(Level.VERY_WELL)) + "、できている ");

        Button toggle = find(Button.class).withId("toggle-tables").single();
        assertThat(toggle.getText()).isEqualTo("数値の表を表示");
        test(toggle).click();

        assertThat(queryParameters()).containsEntry("tables", List.of("1"));
        assertThat(find(LevelTable.class).all()).hasSize(12);
        assertThat(find(Span.class).withClassName("item-change").all()).isEmpty(); // the table has the changes
        assertThat(tableRows("item-BRANCH_CONSULTATION").get(0))
                .startsWith("令和3年度（回答 24 / 24区） " + branch.current().count(Level.VERY_WELL) + " ");
        // the choice stays when the instrument changes
        test(instruments()).selectItem("相談支援室");
        assertThat(queryParameters()).containsEntry("tables", List.of("1")).containsEntry("type", List.of("support-room"));
        assertThat(find(LevelTable.class).all()).isNotEmpty();

        test(find(Button.class).withId("toggle-tables").single()).click();
        assertThat(queryParameters()).doesNotContainKey("tables");
        assertThat(find(LevelTable.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void theComparisonRoundIsChosenOrClearedInItsBoxAndNeverTheRoundItself() {
        open("results", "round=2021&compare=2017");
        ComboBox<RoundSummary> comparison = find(ComboBox.class).withId("results-comparison").single();
        assertThat(comparison.getListDataView().getItems().map(RoundSummary::fiscalYear).toList())
                .contains(2017).doesNotContain(2021);

        test(comparison).selectItem(null);

        assertThat(queryParameters()).containsEntry("compare", List.of("none")).containsEntry("round", List.of("2021"));
        assertThat(find(ComboBox.class).withId("results-comparison").single().getValue()).isNull();
        ComboBox<RoundSummary> again = find(ComboBox.class).withId("results-comparison").single();
        test(again).selectItem("平成29年度 (2017)");
        assertThat(queryParameters()).containsEntry("compare", List.of("2017"));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<RespondentType> instruments() {
        return find(RadioButtonGroup.class).withId("results-type").single();
    }

    private String paragraph(String id) {
        return find(com.vaadin.flow.component.html.Paragraph.class).withId(id).single().getText();
    }

    private static java.util.Map<String, List<String>> queryParameters() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters();
    }

    /** Opens a route with query parameters, as a bookmarked address would. */
    private void open(String route, String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(ResultsView.class);
    }

    private List<String> tableRows(String panelId) {
        ItemResultPanel panel = find(ItemResultPanel.class).withId(panelId).single();
        return find(NativeTableRow.class, panel).all().stream()
                .filter(row -> row.getParent().filter(p -> p instanceof com.vaadin.flow.component.html.NativeTableBody).isPresent())
                .map(row -> String.join(" ", row.getChildren().map(cell -> cell.getElement().getText()).toList()))
                .toList();
    }
}
