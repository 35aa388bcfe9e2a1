package jp.osaka.renkei.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.ui.NotFoundView;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 調査回 as the bureau runs it. Works on fiscal year 2019, older than the demo's open round, so that
 * the other tests sharing the demo data still see 令和7年度 as the open round.
 */
@DemoDataTest
class RoundsViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesOpensClosesAndPublishesARound() {
        navigate(RoundsView.class);

        test(button("create-round")).click();
        test(find(IntegerField.class).withId("round-year").single()).setValue(2019);
        find(Select.class).withId("round-comparison").single().clear();
        test(button("create-round-ok")).click();
        assertThat(status(2019)).isEqualTo(RoundStatus.DRAFT);

        test((Button) rowAction(2019)).click();
        LocalDate deadline = LocalDate.now(DateFormats.ZONE).plusDays(10);
        test(find(DatePicker.class).withId("round-deadline").single()).setValue(deadline);
        test(button("open-round-ok")).click();
        assertThat(round(2019).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round(2019).deadline()).isEqualTo(deadline);

        test((Button) rowAction(2019)).click();
        test(find(ConfirmDialog.class).withId("round-confirm").single()).confirm();
        assertThat(status(2019)).isEqualTo(RoundStatus.CLOSED);

        test((Button) rowAction(2019)).click();
        test(find(ConfirmDialog.class).withId("round-confirm").single()).confirm();
        assertThat(status(2019)).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(rowAction(2019)).as("a published round has nothing left to do").isNotInstanceOf(Button.class);
    }

    @Test
    @WithUserDetails("admin")
    void aSecondRoundForTheSameYearIsRefusedWithAClearMessage() {
        navigate(RoundsView.class);
        test(button("create-round")).click();
        test(find(IntegerField.class).withId("round-year").single()).setValue(2021);
        test(button("create-round-ok")).click();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("2021年度の調査はすでにあります。");
    }

    @Test
    @WithUserDetails("ward-kita")
    void wardUsersCannotOpenTheRoundsScreen() {
        assertThatThrownBy(() -> navigate(RoundsView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotFoundView.class.getName());
    }

    private RoundSummary round(int fiscalYear) {
        return SystemActor.call(() -> rounds.findByFiscalYear(fiscalYear).orElseThrow());
    }

    private RoundStatus status(int fiscalYear) {
        return round(fiscalYear).status();
    }

    /** The action button in a round's row (component columns are rendered per row, not in the view's tree). */
    @SuppressWarnings("unchecked")
    private Component rowAction(int fiscalYear) {
        Grid<RoundSummary> grid = find(Grid.class).withId("rounds-grid").single();
        GridTester<Grid<RoundSummary>, RoundSummary> rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getRow(row).fiscalYear() == fiscalYear) {
                return rows.getCellComponent(row, 6);
            }
        }
        throw new AssertionError("no row for " + fiscalYear);
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }
}
