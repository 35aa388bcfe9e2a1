package jp.osaka.renkei.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 区 as the bureau keeps them: 24 wards in the city's order; a name can be corrected, the code cannot. */
@DemoDataTest
class WardsViewTest extends SpringBrowserlessTest {

    private static final long TAISHO = 8;

    @Autowired
    WardService wards;

    @Test
    @WithUserDetails("admin")
    void theWardsAreListedInTheCitysOrderAndANameCanBeCorrected() {
        navigate(WardsView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<Ward>, Ward> grid = test(find(Grid.class).withId("wards-grid").single());
        assertThat(grid.size()).isEqualTo(24);
        assertThat(grid.getCellText(0, 1)).isEqualTo("271276");
        assertThat(grid.getCellText(23, 2)).isEqualTo("西成区");

        try {
            test((Button) grid.getCellComponent(7, 4)).click();
            test(find(TextField.class).withId("names-ja").single()).setValue("大正区（訂正）");
            test(find(Button.class).withId("names-ok").single()).click();

            Ward taisho = SystemActor.call(() -> wards.findById(TAISHO).orElseThrow());
            assertThat(taisho.getNameJa()).isEqualTo("大正区（訂正）");
            assertThat(taisho.getCode()).isEqualTo("271080");
        } finally {
            // the demo data is shared by the other tests of this context
            SystemActor.run(() -> wards.rename(TAISHO, "大正区", "Taisho"));
        }
    }
}
