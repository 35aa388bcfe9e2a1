package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo is a set-up installation (accounts, answered past rounds, the goals' rounds): no first-run checklist. */
@DemoDataTest
class HomeFirstRunDoneTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void aSetUpInstallationShowsTheBureauNoChecklist() {
        navigate(HomeView.class);

        assertThat(find(Card.class).withId("first-run").all()).isEmpty();
        assertThat(find(Card.class).withId("open-round").all()).hasSize(1);
    }
}
