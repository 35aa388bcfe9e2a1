package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 質問項目 changed by another administrator after this one opened them: a move is refused, nothing moves. */
@DemoDataTest
class ConcurrentInstrumentEditTest extends SpringBrowserlessTest {

    private static final int YEAR = 2036;
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    RoundService rounds;
    @Autowired
    InstrumentService instruments;

    @Test
    @WithUserDetails("admin")
    void aMoveAfterAnotherAdministratorsRenameIsRefusedWithTheStaleDialogAndTheRenameStays() {
        SystemActor.run(() -> rounds.create(YEAR, 2025));
        navigate("admin/rounds/" + YEAR + "/ward-office", InstrumentView.class);
        List<ItemSummary> seen = items();
        long version = SystemActor.call(() -> instruments.version(YEAR, OFFICE));
        SystemActor.run(() -> instruments.relabel(YEAR, OFFICE, version, seen.get(0).id(), "地区医師会",
                "District medical association"));

        test(downButton()).click();

        ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
        assertThat(stale.getElement().getProperty("message")).startsWith("この調査回の質問項目は、あなたが開いた後に");
        assertThat(items()).extracting(ItemSummary::id).isEqualTo(seen.stream().map(ItemSummary::id).toList());
        assertThat(items().getFirst().label().ja()).isEqualTo("地区医師会");
        test(stale).confirm();
        assertThat(grid().getCellText(0, 1)).isEqualTo("地区医師会");
    }

    private Button downButton() {
        HorizontalLayout actions = (HorizontalLayout) grid().getCellComponent(0, 4);
        return actions.getChildren().map(Button.class::cast)
                .filter(b -> "下へ".equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
    }

    private List<ItemSummary> items() {
        return SystemActor.call(() -> instruments.items(YEAR, OFFICE));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ItemSummary>, ItemSummary> grid() {
        return test(find(Grid.class).withId("items-grid").single());
    }
}
