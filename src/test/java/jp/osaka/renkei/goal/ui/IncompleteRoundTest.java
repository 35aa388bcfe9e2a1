package jp.osaka.renkei.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.goal.KpiStatus;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The bureau closes and publishes the demo's 令和7年度 while many wards have not submitted: the KPIs
 * measured on it are 参考値 with who answered, not 遅れ, and 集計結果 compares only the wards that answered both
 * rounds. On a database of its own, so that the shared demo context keeps its open round.
 */
@DemoDataTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:incomplete-round;DB_CLOSE_DELAY=-1")
class IncompleteRoundTest extends SpringBrowserlessTest {

    private static final int ROUND = 2025;

    @Autowired
    KpiService kpis;
    @Autowired
    ResultsService results;

    @BeforeEach
    void closeAndPublishTheOpenRound(@Autowired RoundService rounds) {
        SystemActor.run(() -> {
            RoundSummary round = rounds.findByFiscalYear(ROUND).orElseThrow();
            if (round.status() == RoundStatus.OPEN) {
                round = rounds.close(round.id());
            }
            if (round.status() == RoundStatus.CLOSED) {
                rounds.publish(round.id());
            }
        });
    }

    @Test
    @WithUserDetails("admin")
    void aKpiMeasuredOnTheIncompleteRoundIsForReferenceWithWhoAnswered() {
        InstrumentResults room = results.instrument(ROUND, null, RespondentType.SUPPORT_ROOM);
        assertThat(room.respondents().complete()).isFalse();
        KpiResult centre = kpis.all().stream().filter(kpi -> kpi.name().ja().startsWith("地域包括支援センター"))
                .findFirst().orElseThrow();
        assertThat(centre.progress().currentYear()).isEqualTo(ROUND);
        assertThat(centre.progress().status()).isEqualTo(KpiStatus.PROVISIONAL);

        navigate(GoalsView.class);

        assertThat(find(Span.class).withId("kpi-status-" + centre.id()).single().getText()).isEqualTo("参考値");
        assertThat(find(Span.class).withId("kpi-respondents-" + centre.id()).single().getText())
                .isEqualTo("回答 " + room.submitted() + " / 24区");
        assertThat(find(Span.class).withId("kpi-provisional-" + centre.id()).single().getText())
                .isEqualTo("回答が全区にそろっていない調査回の値のため参考値です。");
    }

    @Test
    @WithUserDetails("viewer")
    void resultsCompareOnlyTheWardsThatAnsweredBothRoundsAndSaySo() {
        InstrumentResults room = results.instrument(ROUND, 2021, RespondentType.SUPPORT_ROOM);
        assertThat(room.pairedWards()).isEqualTo(room.submitted()).isLessThan(24);

        UI.getCurrent().navigate("results", QueryParameters.fromString("round=2025&compare=2021&type=support-room"));

        assertThat(find(Paragraph.class).withId("results-respondents").single().getText())
                .isEqualTo("令和7年度 (2025)：回答 " + room.submitted() + " / 24区、令和3年度 (2021)：回答 24 / 24区");
        assertThat(find(Paragraph.class).withId("results-change-basis").single().getText())
                .startsWith("増減は両年度とも回答した " + room.pairedWards() + " 区で比較しています");
        // a ward that did not answer 令和7年度 is no fall: over the paired wards, the change in each level sums to 0
        room.items().stream().filter(item -> item.pairedCurrent() != null).forEach(item ->
                assertThat(java.util.Arrays.stream(jp.osaka.renkei.survey.Level.values())
                        .mapToInt(level -> item.change(level)).sum() + item.unansweredChange()).isZero());
    }
}
