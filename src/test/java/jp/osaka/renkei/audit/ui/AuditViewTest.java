package jp.osaka.renkei.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@DemoDataTest
class AuditViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void anAdministratorFiltersTheLogByAction() {
        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Select<String> action = find(Select.class).withId("audit-action").single();
        test(action).selectItem("公表");

        @SuppressWarnings("unchecked")
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test(find(Grid.class).withId("audit-grid").single());
        assertThat(grid.size()).isGreaterThanOrEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 2)).isEqualTo("公表");
        }
    }
}
