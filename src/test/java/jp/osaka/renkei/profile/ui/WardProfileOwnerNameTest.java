package jp.osaka.renkei.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.action.ActionRow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A ward's profile names an action's owner without an account with the （アカウントなし） marker. */
@DemoDataTest
class WardProfileOwnerNameTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void theWardsActionsMarkAnOwnerWithoutAnAccount() {
        String higashinari = jdbc.queryForObject("select code from ward where slug = 'higashinari'", String.class);
        navigate("wards/" + higashinari, WardProfileView.class);

        @SuppressWarnings("unchecked")
        Grid<ActionRow> actions = find(Grid.class).withId("actions-grid").single();
        assertThat(test(actions).size()).isEqualTo(1);
        assertThat(test(actions).getCellText(0, 3)).isEqualTo("東成区地域包括支援センター 田中（アカウントなし）");
    }
}
