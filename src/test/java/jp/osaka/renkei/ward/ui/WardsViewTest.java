package jp.osaka.renkei.ward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.ui.NamesDialog;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 区 as the bureau keeps them: 24 wards in the city's order; a name can be corrected, the code cannot. */
@DemoDataTest
class WardsViewTest extends SpringBrowserlessTest {

    private static final long TAISHO = TestWards.TAISHO.id();

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
        assertThat(grid.getComponent().getColumns().get(2).getHeaderText()).isEqualTo("区名（日本語）");
        assertThat(grid.getComponent().getColumns().get(3).getHeaderText()).isEqualTo("区名（英語）");

        try {
            test((Button) grid.getCellComponent(7, 4)).click();
            assertThat(find(TextField.class).withId("names-ja").single().getLabel()).isEqualTo("区名（日本語）");
            assertThat(find(TextField.class).withId("names-en").single().getLabel()).isEqualTo("区名（英語）");
            test(find(TextField.class).withId("names-ja").single()).setValue("大正区（訂正）");
            test(find(Button.class).withId("names-ok").single()).click();

            Ward taisho = SystemActor.call(() -> wards.findById(TAISHO).orElseThrow());
            assertThat(taisho.getNameJa()).isEqualTo("大正区（訂正）");
            assertThat(taisho.getCode()).isEqualTo(TestWards.TAISHO.code());
        } finally {
            // the demo data is shared by the other tests of this context
            SystemActor.run(() -> wards.rename(TAISHO, wards.findById(TAISHO).orElseThrow().getVersion(), "大正区",
                    "Taisho"));
        }
    }

    @Test
    @WithUserDetails("admin")
    void aWardNameOfTwentyOneCharactersIsExplainedAtTheFieldAndNothingIsSaved() {
        navigate(WardsView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<Ward>, Ward> grid = test(find(Grid.class).withId("wards-grid").single());
        test((Button) grid.getCellComponent(7, 4)).click();
        TextField ja = find(TextField.class).withId("names-ja").single();
        assertThat(ja.getMaxLength()).isEqualTo(20);

        test(ja).setValue("大正区".repeat(6) + "𠮷𠮷𠮷");
        test(find(Button.class).withId("names-ok").single()).click();

        assertThat(ja.isInvalid()).isTrue();
        assertThat(ja.getErrorMessage()).isEqualTo("区名（日本語）は20文字以内で入力してください。");
        assertThat(find(TextField.class).withId("names-ja").single().getValue()).endsWith("𠮷𠮷𠮷");
        assertThat(taisho().getNameJa()).isEqualTo("大正区");
        assertThat(grid.getCellText(7, 2)).isEqualTo("大正区");
    }

    @Test
    @WithUserDetails("admin")
    void aRefusalNotAboutOneFieldIsShownInTheDialogWhichStaysOpenWithTheInput() {
        navigate(WardsView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<Ward>, Ward> grid = test(find(Grid.class).withId("wards-grid").single());
        test((Button) grid.getCellComponent(7, 4)).click();
        test(find(TextField.class).withId("names-ja").single()).setValue("大正区（訂正）");
        test(find(TextField.class).withId("names-en").single()).setValue("");

        test(find(Button.class).withId("names-ok").single()).click();

        Paragraph error = find(Paragraph.class).withId("names-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("区名を日本語と英語の両方で入力してください。");
        assertThat(find(NamesDialog.class).single().isOpened()).isTrue();
        assertThat(find(TextField.class).withId("names-ja").single().getValue()).isEqualTo("大正区（訂正）");
        assertThat(taisho().getNameJa()).isEqualTo("大正区");
    }

    @Test
    @WithUserDetails("admin")
    void theBureauSetsAWardsSharedMailboxesAndAnInvalidOneIsExplainedWithoutSaving() {
        navigate(WardsView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<Ward>, Ward> grid = test(find(Grid.class).withId("wards-grid").single());
        assertThat(grid.getCellText(7, 5)).isEqualTo("taisho-kuyakusho@example.org");
        assertThat(grid.getCellText(7, 6)).isEqualTo("taisho-shienshitsu@example.org");
        try {
            test((Button) grid.getCellComponent(7, 7)).click();
            TextField room = find(TextField.class).withId("mailbox-room").single();
            test(find(TextField.class).withId("mailbox-office").single()).setValue("hokatsu-taisho@example.org");
            test(room).setValue("taisho shienshitsu@example.org");
            test(find(Button.class).withId("mailboxes-save").single()).click();

            assertThat(room.isInvalid()).isTrue();
            assertThat(room.getErrorMessage()).startsWith("メールアドレスの形式が正しくありません");
            assertThat(taisho().mailbox(Role.WARD_OFFICE)).contains("taisho-kuyakusho@example.org");

            test(room).clear();
            test(find(Button.class).withId("mailboxes-save").single()).click();

            assertThat(taisho().mailbox(Role.WARD_OFFICE)).contains("hokatsu-taisho@example.org");
            assertThat(taisho().mailbox(Role.SUPPORT_ROOM)).isEmpty();
            assertThat(grid.getCellText(7, 5)).isEqualTo("hokatsu-taisho@example.org");
            assertThat(grid.getCellText(7, 6)).isEmpty();
        } finally {
            SystemActor.call(() -> wards.changeMailboxes(TAISHO, taisho().getVersion(),
                    "taisho-kuyakusho@example.org", "taisho-shienshitsu@example.org"));
        }
    }

    private Ward taisho() {
        return SystemActor.call(() -> wards.findById(TAISHO).orElseThrow());
    }
}
