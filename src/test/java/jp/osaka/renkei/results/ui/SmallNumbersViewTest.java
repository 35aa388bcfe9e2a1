package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.results.SmallRounds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Small numbers on the screens: a round that 2 ward offices answered shows a viewer who answered and the
 * rule, and no chart, finding or breakdown; the bureau sees the charts.
 */
@DemoDataTest
@TestPropertySource(properties = SmallRounds.DATABASE)
class SmallNumbersViewTest extends SpringBrowserlessTest {

    private static final String RULE = "回答した区が 3 区未満";

    @BeforeEach
    void arrange(@Autowired ApplicationContext context) {
        SmallRounds.ensure(context);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesWhoAnsweredAndTheRuleButNoChartOrFinding() {
        open("results", "round=" + SmallRounds.TWO + "&type=ward-office", ResultsView.class);

        assertThat(paragraph("results-respondents")).isEqualTo("令和72年度 (2090)：回答 2 / 24区");
        assertThat(paragraph("results-small-numbers")).contains(RULE).contains("局担当者のみ");
        assertThat(paragraph("findings-small-numbers")).contains(RULE);
        assertThat(find(ItemResultPanel.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void theMutualPairAndTheReportStateTheRuleInsteadOfTheirCounts() {
        open("results/mutual", "round=" + SmallRounds.TWO, MutualPairsView.class);
        assertThat(paragraph("mutual-respondents")).startsWith("回答：区役所 2 / 24区、相談支援室 0 / 24区");
        assertThat(paragraph("mutual-small-numbers")).contains(RULE);

        open("results/report", "round=" + SmallRounds.TWO, ReportView.class);
        assertThat(paragraph("report-small-numbers-ward-office")).contains(RULE);
        assertThat(paragraph("report-respondents-ward-office")).contains("回答 2 / 24区");
        assertThat(find(ReportChart.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theBureauSeesTheChartsOfTheSameRound() {
        open("results", "round=" + SmallRounds.TWO + "&type=ward-office", ResultsView.class);

        assertThat(find(Paragraph.class).withId("results-small-numbers").all()).isEmpty();
        assertThat(find(ItemResultPanel.class).all()).isNotEmpty();
    }

    private String paragraph(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    private void open(String route, String query, Class<?> view) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(view);
    }
}
