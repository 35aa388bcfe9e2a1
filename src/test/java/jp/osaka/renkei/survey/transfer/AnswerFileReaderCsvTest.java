package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.HEADER_LINE;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.csv;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.row;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.withBom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

class AnswerFileReaderCsvTest {

    @Test
    void utf8WithAByteOrderMarkIsRead() {
        ParsedFile file = read(withBom(csv(HEADER_LINE, "2021,北区,区役所,7,とても連携できている,良好")));

        assertThat(file.problems()).isEmpty();
        assertThat(file.ok()).isTrue();
        assertThat(file.rows()).containsExactly(row(2, "2021", "北区", "7", "とても連携できている", "良好"));
    }

    @Test
    void utf8WithoutAByteOrderMarkIsRead() {
        ParsedFile file = read(csv(HEADER_LINE, "2021,271276,区役所,総合相談窓口（ブランチ）,VERY_WELL,🏥 病院"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                row(2, "2021", "271276", "総合相談窓口（ブランチ）", "VERY_WELL", "🏥 病院"));
    }

    @Test
    void windows31jAsJapaneseExcelSavesItIsRead() {
        // 髙 and ① are in Windows-31J but not in plain Shift_JIS
        ParsedFile file = read(csv(Charset.forName("Windows-31J"), HEADER_LINE, "2022,北区,区役所,7,連携できている,髙橋さん①"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(row(2, "2022", "北区", "7", "連携できている", "髙橋さん①"));
    }

    @Test
    void columnsMayComeInAnyOrderWithEnglishHeadersAndExtraColumns() {
        ParsedFile file = read(csv("Comment,LEVEL,memo,item,Respondent,ward,fiscal_year",
                "ok,VERY_WELL,ignored,7,WARD_OFFICE,北区,2021"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(new AnswerRow(2, "2021", "北区", "WARD_OFFICE", "7", "VERY_WELL", "ok"));
        assertThat(file.warnings()).as("read on, but the user is told which column was passed over")
                .containsExactly(new ImportProblem(1, 3, "import.column.extra", java.util.List.of("memo")));
    }

    @Test
    void theNamesAnExportWritesBesideTheCodesAreNoExtraColumnsAndStandInForAnEmptyCode() {
        ParsedFile file = read(csv("年度,区,区名,回答主体,項目,項目名,連携度,コメント,",
                "2021,271276,北区,区役所,7,障がい者基幹相談支援センター,連携できている,,",
                "2021,,北区,区役所,,障がい者基幹相談支援センター,連携できている,,"));

        assertThat(file.warnings()).as("nor is a column without a heading").isEmpty();
        assertThat(file.rows()).extracting(AnswerRow::ward, AnswerRow::item).containsExactly(
                org.assertj.core.groups.Tuple.tuple("271276", "7"),
                org.assertj.core.groups.Tuple.tuple("北区", "障がい者基幹相談支援センター"));
    }

    @Test
    void theCommentColumnMayBeMissing() {
        ParsedFile file = read(csv("年度,区,回答主体,項目,連携度", "2021,北区,区役所,7,連携できている"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(row(2, "2021", "北区", "7", "連携できている", ""));
    }

    @Test
    void cellsAreTrimmedAndBlankRowsSkippedWhileLinesKeepCounting() {
        ParsedFile file = read(csv(HEADER_LINE, "", " 2021 ,\u3000北区 ,区役所, 7 ,連携できている,  ", ",,,,,",
                "2021,北区,区役所,8,連携できている,"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(row(3, "2021", "北区", "7", "連携できている", ""),
                row(5, "2021", "北区", "8", "連携できている", ""));
    }

    @Test
    void aQuotedCommentKeepsItsCommasQuotesAndNewlinesAndLinesCountRecords() {
        ParsedFile file = read(csv(HEADER_LINE, "2021,北区,区役所,7,連携できている,\"a, \"\"b\"\"\nc\"",
                "2021,北区,区役所,8,連携できている,x"));

        assertThat(file.rows()).extracting(AnswerRow::comment).containsExactly("a, \"b\"\nc", "x");
        assertThat(file.rows()).extracting(AnswerRow::line).containsExactly(2, 3);
    }

    @Test
    void oneApostropheBeforeAFormulaSignIsTakenOffAndOtherApostrophesStay() {
        ParsedFile file = read(csv(HEADER_LINE, "2021,北区,区役所,7,連携できている,'=1+1",
                "2021,北区,区役所,8,連携できている,''@x", "2021,北区,区役所,9,連携できている,'abc",
                "2021,北区,区役所,10,連携できている,=SUM(A1)"));

        assertThat(file.rows()).extracting(AnswerRow::comment).containsExactly("=1+1", "'@x", "'abc", "=SUM(A1)");
    }

    @Test
    void anUnclosedQuoteIsReportedAsMalformedCsv() {
        ParsedFile file = read(csv(HEADER_LINE, "2021,北区,区役所,7,連携できている,ok", "2021,北区,区役所,8,x,\"open"));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(3, 0, "import.csv.malformed"));
    }
}
