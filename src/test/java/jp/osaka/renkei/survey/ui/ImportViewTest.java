package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import java.nio.charset.StandardCharsets;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.ImportPreview;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.transfer.ImportLimits;
import jp.osaka.renkei.survey.transfer.ImportProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 回答の取り込み as the bureau sees it: problems listed with their line; nothing to import until fixed. */
@DemoDataTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("admin")
    void aBrokenFileShowsEachProblemWithItsLineAndCannotBeImported() {
        SystemActor.run(() -> rounds.createPast(2014, null));
        navigate(ImportView.class);
        String csv = "年度,区,回答主体,項目,連携度,コメント\n2014,北区,区役所,1,とても連携できている,\n2014,南区,区役所,2,2,\n";

        test(find(Upload.class).withId("import-upload").single()).upload("answers.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(find(H2.class).single().getText()).startsWith("問題が 2 件あります");
        @SuppressWarnings("unchecked")
        GridTester<Grid<ImportProblem>, ImportProblem> problems = test(
                find(Grid.class).withId("import-problems").single());
        assertThat(problems.getCellText(0, 0)).isEqualTo("3行目");
        assertThat(problems.getCellText(0, 2)).isEqualTo(
                "「区」の「南区」という区はありません。北区 のような区名か、271276 のような団体コードを書いてください。");
        assertThat(find(Button.class).withId("import-commit").single().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aGoodFileIsPreviewedAndThenImported() {
        SystemActor.run(() -> rounds.createPast(2015, null));
        navigate(ImportView.class);
        StringBuilder csv = new StringBuilder("区,年度,回答主体,項目,連携度,メモ\n");
        for (int item = 1; item <= 12; item++) {
            csv.append("271225,平成27年度,相談支援室,").append(item).append(",2,確認済み\n");
        }
        test(find(Upload.class).withId("import-upload").single()).upload("answers.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        GridTester<Grid<ImportPreview.Response>, ImportPreview.Response> preview = test(
                find(Grid.class).withId("import-responses").single());
        assertThat(preview.size()).isEqualTo(1);
        assertThat(preview.getCellText(0, 4)).isEqualTo("新規");
        assertThat(find(Div.class).withId("import-warnings").single().getElement().getTextRecursively())
                .as("a column the import does not read is named, and does not stop it").contains("「メモ」");
        assertThat(find(Button.class).withId("import-commit").single().isEnabled()).isTrue();

        test(find(Button.class).withId("import-commit").single()).click();

        assertThat(preview(find(Grid.class).withId("import-responses").single()).getCellText(0, 4)).isEqualTo("変更なし");
        assertThat(find(Button.class).withId("import-commit").single().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aRefusedFileTakesTheEarlierPreviewAwayAndIsNamed() {
        SystemActor.run(() -> rounds.createPast(2016, null));
        navigate(ImportView.class);
        StringBuilder csv = new StringBuilder("年度,区,回答主体,項目,連携度,コメント\n");
        for (int item = 1; item <= 12; item++) {
            csv.append("2016,北区,区役所,").append(item).append(",1,\n");
        }
        test(find(Upload.class).withId("import-upload").single()).upload("kita-2016.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class).withId("import-file").single().getText())
                .isEqualTo("ファイル「kita-2016.csv」の確認結果");
        assertThat(find(Button.class).withId("import-commit").single().isEnabled()).isTrue();

        byte[] tooLarge = new byte[(int) ImportLimits.defaults().maxBytes() + 1];
        test(find(Upload.class).withId("import-upload").single()).upload("all-years.csv", "text/csv", tooLarge);

        assertThat(find(Button.class).withId("import-commit").single().isEnabled())
                .as("the earlier file can no longer be imported by mistake").isFalse();
        assertThat(find(Grid.class).withId("import-responses").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("import-file").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("import-refused").single().getText())
                .startsWith("ファイル「all-years.csv」は読み込んでいません。ファイルが大きすぎます。");
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<ImportPreview.Response>, ImportPreview.Response> preview(Grid<?> grid) {
        return test((Grid<ImportPreview.Response>) grid);
    }
}
