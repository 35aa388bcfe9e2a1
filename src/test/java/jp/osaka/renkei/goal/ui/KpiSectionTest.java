package jp.osaka.renkei.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The KPIs on 目標・進捗: every role reads them with their status and the rules; administrators change them. */
@DemoDataTest
class KpiSectionTest extends SpringBrowserlessTest {

    @Autowired
    KpiService kpis;

    @Test
    @WithUserDetails("room-kita")
    void everyoneSeesEachKpiWithBaselineCurrentTargetAndStatusButOnlyAdministratorsEdit() {
        navigate(GoalsView.class);

        List<KpiResult> all = kpis.all();
        assertThat(find(KpiSection.class).all()).hasSize(2);
        KpiResult centre = all.stream().filter(kpi -> kpi.name().ja().startsWith("地域包括支援センター")).findFirst()
                .orElseThrow();
        assertThat(find(Paragraph.class).withId("kpi-figures-" + centre.id()).single().getText())
                .isEqualTo("基準 16区（平成29年度）→ 現在 23区（令和3年度）→ 目標 24区（令和7年度）");
        assertThat(find(Span.class).withId("kpi-status-" + centre.id()).single().getText())
                .isEqualTo(switch (centre.progress().status()) {
                    case ON_TRACK -> "順調";
                    case ACHIEVED -> "達成";
                    case AT_RISK -> "注意";
                    case OFF_TRACK -> "遅れ";
                    case PROVISIONAL -> "参考値";
                    case NO_BASELINE -> "基準値なし";
                    case NO_DATA -> "未計測";
                });
        // measured on 令和3年度, which every ward answered: n is said, and it is no 参考値
        assertThat(find(Span.class).withId("kpi-respondents-" + centre.id()).single().getText())
                .isEqualTo("回答 24 / 24区");
        assertThat(find(Span.class).withId("kpi-provisional-" + centre.id()).all()).isEmpty();
        Details rules = find(Details.class).withId("kpi-rules").single();
        assertThat(rules.getSummaryText()).isEqualTo("状態の判定方法");
        assertThat(rules.getContent().map(paragraph -> ((Paragraph) paragraph).getText()))
                .anyMatch(rule -> rule.startsWith("参考値："));
        assertThat(find(Button.class).withId("edit-kpi-" + centre.id()).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorIsToldWhatIsMissingBeforeAnythingIsSaved() {
        navigate(GoalsView.class);
        KpiResult first = kpis.all().getFirst();

        test(find(Button.class).withId("edit-kpi-" + first.id()).single()).click();
        find(NumberField.class).withId("kpi-target").single().clear();
        test(find(Button.class).withId("kpi-save").single()).click();

        assertThat(kpis.all().getFirst().definition().target()).isEqualTo(first.definition().target());
        assertThat(find(IntegerField.class).withId("kpi-target-year").single().getValue())
                .isEqualTo(first.definition().targetYear());
    }
}
