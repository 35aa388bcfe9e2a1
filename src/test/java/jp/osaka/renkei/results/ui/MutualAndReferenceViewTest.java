package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.MutualPairs;
import jp.osaka.renkei.results.ResultsService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 相互評価, 医療施設等アンケート and 資料 as each role sees them, on the demo data. */
@DemoDataTest
class MutualAndReferenceViewTest extends SpringBrowserlessTest {

    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesEveryWardsPairAndCanListOnlyTheWardsThatDisagree() {
        open("results/mutual", MutualPairsView.class);
        MutualPairs pairs = SystemActor.call(() -> results.mutualPairs(2021));
        Grid<MutualPairs.Row> grid = find(Grid.class).withId("mutual-grid").single();
        assertThat(test(grid).size()).isEqualTo(24);

        test(find(Checkbox.class).withId("only-disagreeing").single()).click();

        assertThat(test(grid).size()).isEqualTo(pairs.disagreeing()).isPositive();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("令和3年度 (2021)：両方が提出した 24 区のうち、" + pairs.disagreeing() + " 区で回答が異なります。");
        assertThat(find(Paragraph.class).withId("mutual-respondents").single().getText())
                .startsWith("回答：区役所 24 / 24区、相談支援室 24 / 24区。");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserSeesTheirOwnWardsPairOnly() {
        open("results/mutual", MutualPairsView.class);
        Grid<MutualPairs.Row> grid = find(Grid.class).withId("mutual-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).ward().ja()).isEqualTo("北区");
        assertThat(find(Checkbox.class).withId("only-disagreeing").all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheCountsButNoWardAndReadsTheReferenceSurveyWithoutEditingIt() {
        open("results/mutual", MutualPairsView.class);
        assertThat(find(Grid.class).withId("mutual-grid").all()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("区ごとの回答は、管理者と各区の担当者（自区のみ）が閲覧できます。");

        open("results/reference", ReferenceSurveyView.class);
        assertThat(find(ReferencePanel.class).all()).hasSize(1);
        assertThat(find(Button.class).withId("edit-reference").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theReportHasTheSeedsSectionsInOrder() {
        open("results/report", ReportView.class);
        assertThat(find(com.vaadin.flow.component.html.Section.class).all())
                .extracting(section -> section.getId().orElseThrow())
                .containsExactly("report-title", "report-reference", "report-ward-office", "report-support-room",
                        "report-conclusions");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .contains("地域における医療・介護の様々な関係機関との連携の強化")
                .anySatisfy(text -> assertThat(text).startsWith("全体として、関係機関との連携において、「とても連携できている」"));
        assertThat(find(ReportChart.class).all()).hasSize(24);
        // the rounds in the era with the Western year, as every date of the app
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("今回調査：令和3年度 (2021)　前回調査：平成29年度 (2017)");
        for (String type : java.util.List.of("ward-office", "support-room")) {
            assertThat(find(Paragraph.class).withId("report-respondents-" + type).single().getText())
                    .startsWith("今回調査：令和3年度（回答 24 / 24区）　前回調査：平成29年度（回答 24 / 24区）")
                    .contains("増減は両年度とも回答した 24 区で比較");
        }
        assertThat(find(Button.class).withId("print-report").single().getText()).isEqualTo("印刷する");
    }

    private void open(String route, Class<?> view) {
        UI.getCurrent().navigate(route, QueryParameters.fromString("round=2021"));
        assertThat(getCurrentView()).isInstanceOf(view);
    }
}
