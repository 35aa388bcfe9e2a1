package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.nio.charset.StandardCharsets;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.IssuedPassword;
import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.transfer.UserFileCheck;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** ユーザーの一括登録 in ユーザー管理: a preview of every line, 取り込む only for a clean file, then all accounts. */
@DemoDataTest
class UserImportDialogTest extends SpringBrowserlessTest {

    private static final String HEADER = "氏名,ログイン名,メール,役割,区,サインイン方法\n";

    @Autowired
    UserAdministrationService administration;

    private UserImportDialog open() {
        navigate(UsersView.class);
        test(find(Button.class).withId("import-users").single()).click();
        return find(UserImportDialog.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String previewText() {
        return find(Div.class).withId("user-import-preview").single().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserFileCheck.Line> lines() {
        return find(Grid.class).withId("user-import-lines").single();
    }

    private Button commit() {
        return find(Button.class).withId("user-import-commit").single();
    }

    @Test
    @WithUserDetails("admin")
    void aFileWithABrokenLineShowsEveryLineWithItsProblemAndCannotBeImported() {
        UserImportDialog dialog = open();
        dialog.preview("wards.csv", bytes(HEADER + "北区 担当,bi-kita,,区役所,北区,\n閲覧,bi-view,,閲覧者,北区,\n"));

        assertThat(previewText()).contains("wards.csv");
        assertThat(test(lines()).size()).isEqualTo(2);
        assertThat(test(lines()).getCellText(1, 7)).isEqualTo("この役割には区を指定できません。");
        assertThat(test(lines()).getCellText(1, 0)).isEqualTo("3");
        assertThat(commit().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aRefusedFileClearsTheEarlierPreview() {
        UserImportDialog dialog = open();
        dialog.preview("good.csv", bytes(HEADER + "北区 担当,bi-kita-2,,区役所,北区,\n"));
        assertThat(commit().isEnabled()).isTrue();

        dialog.preview("binary.csv", new byte[] {'a', 0, 'b'});

        assertThat(find(Grid.class).withId("user-import-lines").all()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("ファイルにNUL文字が含まれています。CSVまたはExcel（xlsx）のファイルを選んでください。");
        assertThat(commit().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aCleanFileImportsEveryAccountAndShowsTheOneTimePasswordsOnce() {
        UserImportDialog dialog = open();
        dialog.preview("new.csv", bytes(HEADER + "北区 担当,bi-kita-3,,区役所,271276,パスワード\n"
                + "北区 支援室,bi-room-3,,相談支援室,kita,ディレクトリ\n"));
        test(commit()).click();

        assertThat(administration.findAll()).filteredOn(u -> u.username().startsWith("bi-") && u.username()
                .endsWith("-3")).extracting(UserSummary::username, UserSummary::signIn)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bi-kita-3", SignInMethod.LOCAL),
                        org.assertj.core.groups.Tuple.tuple("bi-room-3", SignInMethod.DIRECTORY));
        @SuppressWarnings("unchecked")
        Grid<IssuedPassword> passwords = find(Grid.class).withId("imported-passwords").single();
        assertThat(test(passwords).size()).isEqualTo(1);
        assertThat(test(passwords).getCellText(0, 0)).isEqualTo("bi-kita-3");
        assertThat(test(passwords).getCellText(0, 1)).hasSize(12);
    }

    @Test
    @WithUserDetails("admin")
    void aDirectoryAccountShowsItsSignInAndOffersNoPasswordReset() {
        administration.createDirectory("bi-dir-4", "北区 ディレクトリ", jp.osaka.renkei.base.security.Role.VIEWER,
                null, null);
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        int row = grid.getListDataView().getItems().map(UserSummary::username).toList().indexOf("bi-dir-4");
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("庁内ディレクトリ");

        test(grid).clickRow(row);

        assertThat(find(Button.class).withId("user-reset-password").all()).isEmpty(); // hidden
        assertThat(find(Button.class).withId("user-unlock").all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("user-directory-note").single().getText()).contains("上書き");
    }
}
