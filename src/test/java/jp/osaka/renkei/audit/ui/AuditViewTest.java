package jp.osaka.renkei.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.sql.Timestamp;
import java.time.Instant;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.base.AuditAction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@DemoDataTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void anAdministratorFiltersTheLogByAction() {
        navigate(AuditView.class);
        test(actionFilter()).selectItem("公表");

        @SuppressWarnings("unchecked")
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test(find(Grid.class).withId("audit-grid").single());
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 2)).isEqualTo("公表");
        }
    }

    @Test
    @WithUserDetails("admin")
    void theFilterOffersEveryActionInItsOrderEachWithItsLabel() {
        navigate(AuditView.class);
        Select<AuditAction> action = actionFilter();

        assertThat(action.getListDataView().getItems()).containsExactly(AuditAction.values());
        assertThat(action.getListDataView().getItems().map(action.getItemLabelGenerator()))
                .as("labels of the filter's actions").doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).doesNotStartWith("!").doesNotMatch("[A-Z_]+"));
    }

    @Test
    @WithUserDetails("admin")
    void anEntryOfACodeNoActionHasAnyLongerShowsTheCode() {
        jdbc.update("insert into audit_entry (occurred_at, actor, action, target, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.parse("2001-04-01T00:00:00Z")), "audit-retired-code", "ROUND_ARCHIVED", "2000",
                "");
        navigate(AuditView.class);
        test(find(TextField.class).withId("audit-actor").single()).setValue("audit-retired-code");

        @SuppressWarnings("unchecked")
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test(find(Grid.class).withId("audit-grid").single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo("ROUND_ARCHIVED");
    }

    @SuppressWarnings("unchecked")
    private Select<AuditAction> actionFilter() {
        return find(Select.class).withId("audit-action").single();
    }
}
