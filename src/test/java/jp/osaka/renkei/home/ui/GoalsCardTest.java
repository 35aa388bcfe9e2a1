package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** ホーム shows the bureau its goals at a glance; ward users get their own actions instead. */
@DemoDataTest
class GoalsCardTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesEveryKpiWithItsStatusOnHome() {
        navigate(HomeView.class);

        Card goals = find(Card.class).withId("goals-at-a-glance").single();
        assertThat(find(Div.class, goals).withClassName("goals-card-kpi").all()).hasSize(4)
                .allSatisfy(line -> assertThat(line.getElement().getTextRecursively())
                        .matches("(達成|順調|注意|遅れ|未計測).+"));
    }

    @Test
    @WithUserDetails("ward-nishi")
    void aWardUserSeesNoGoalsCard() {
        navigate(HomeView.class);

        assertThat(find(Card.class).withId("goals-at-a-glance").all()).isEmpty();
    }
}
