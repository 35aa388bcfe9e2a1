package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** ホーム leads a ward's users to their own ward's profile; the bureau reaches every ward's from 区別の回答. */
@DemoDataTest
class HomeProfileCardTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("room-tennoji")
    void aWardUserOpensTheirOwnWardsProfileFromHome() {
        navigate(HomeView.class);

        assertThat(find(Card.class).withId("ward-profile").single().getTitle()).isNotNull();
        Button open = find(Button.class).withId("open-ward-profile").single();
        assertThat(open.getText()).isEqualTo("天王寺区のプロフィールを見る");

        test(open).click();

        assertThat(getCurrentView().getElement().getClassList()).contains("ward-profile-view");
        assertThat(currentPath()).isEqualTo("wards/271098");
    }

    @Test
    @WithUserDetails("admin")
    void theBureauHasNoProfileCardOnHome() {
        navigate(HomeView.class);

        assertThat(find(Card.class).withId("ward-profile").exists()).isFalse();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
