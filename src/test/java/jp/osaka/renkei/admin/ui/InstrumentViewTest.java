package jp.osaka.renkei.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 質問項目 as the bureau edits them: only while the round is in preparation. */
@DemoDataTest
class InstrumentViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("admin")
    void theItemsOfAnOpenRoundAreShownButCannotChange() {
        navigate("admin/rounds/2025/ward-office", InstrumentView.class);

        assertThat(grid().size()).isEqualTo(12);
        assertThat(grid().getCellText(6, 1)).isEqualTo("総合相談窓口（ブランチ）");
        assertThat(find(Button.class).withId("items-add").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aPartnerIsAddedToARoundInPreparationAndAnItemRenamed() {
        SystemActor.run(() -> rounds.create(2034, 2025));
        navigate("admin/rounds/2034/support-room", InstrumentView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PartnerSummary> partner = find(ComboBox.class).withId("items-partner").single();
        assertThat(partner.getListDataView().getItems().map(p -> p.name().ja()))
                .as("only the other respondent's partner is left to add").containsExactly("在宅医療・介護連携支援コーディネーター");

        test(partner).selectItem("在宅医療・介護連携支援コーディネーター");
        test(find(Button.class).withId("items-add").single()).click();

        assertThat(grid().size()).isEqualTo(13);
        assertThat(grid().getCellText(12, 0)).isEqualTo("13");
        assertThat(grid().getCellText(12, 1)).isEqualTo("在宅医療・介護連携支援コーディネーター");
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ItemSummary>, ItemSummary> grid() {
        return test(find(Grid.class).withId("items-grid").single());
    }
}
