package jp.osaka.renkei.ward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.ui.NamesDialog;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators correct the same ward's name: the later save is refused with the stale dialog, the first
 * name stays, and the second name stays in its dialog until the administrator reloads.
 */
@DemoDataTest
class ConcurrentWardRenameTest extends SpringBrowserlessTest {

    private static final long TAISHO = TestWards.TAISHO.id();

    @Autowired
    WardService wards;

    @Test
    @WithUserDetails("admin")
    void aNameSavedAfterAnotherAdministratorsRenameIsRefusedWithTheStaleDialogAndTheirNameStays() {
        navigate(WardsView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<Ward>, Ward> grid = test(find(Grid.class).withId("wards-grid").single());
        Ward seen = taisho();
        test((Button) grid.getCellComponent(7, 4)).click();
        test(find(TextField.class).withId("names-ja").single()).setValue("大正区（こちら）");
        SystemActor.call(() -> wards.rename(TAISHO, seen.getVersion(), "大正区（先）", "Taisho first"));
        try {
            test(find(Button.class).withId("names-ok").single()).click();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            assertThat(stale.getElement().getProperty("message")).startsWith("この区は、あなたが開いた後に");
            assertThat(taisho().getNameJa()).isEqualTo("大正区（先）");
            assertThat(find(TextField.class).withId("names-ja").single().getValue())
                    .as("the administrator's own input is still there to copy").isEqualTo("大正区（こちら）");

            test(stale).confirm();
            assertThat(find(NamesDialog.class).exists()).isFalse();
            assertThat(grid.getCellText(7, 2)).isEqualTo("大正区（先）");
        } finally {
            SystemActor.call(() -> wards.rename(TAISHO, taisho().getVersion(), "大正区", "Taisho"));
        }
    }

    private Ward taisho() {
        return SystemActor.call(() -> wards.findById(TAISHO).orElseThrow());
    }
}
