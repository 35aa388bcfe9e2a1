package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** ホーム shows the bureau its goals at a glance; ward users get their own actions instead. */
@DemoDataTest
class GoalsCardTest extends SpringBrowserlessTest {

    @Autowired
    KpiService kpis;

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesEveryKpiWithItsStatusOnHome() {
        navigate(HomeView.class);

        Card goals = find(Card.class).withId("goals-at-a-glance").single();
        assertThat(find(Div.class, goals).withClassName("goals-card-kpi").all()).hasSize(4)
                .allSatisfy(line -> assertThat(line.getElement().getTextRecursively())
                        .matches("(達成|順調|注意|遅れ|参考値|未計測).+"));
        // each measured KPI says who answered the round it was measured on (the demo's 令和3年度: every ward)
        KpiResult first = kpis.all().stream().filter(kpi -> kpi.respondents() != null).findFirst().orElseThrow();
        assertThat(find(Span.class, goals).withId("goals-card-respondents-" + first.id()).single().getText())
                .isEqualTo("回答 24 / 24区");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserSeesNoGoalsCard() {
        navigate(HomeView.class);

        assertThat(find(Card.class).withId("goals-at-a-glance").all()).isEmpty();
    }
}
