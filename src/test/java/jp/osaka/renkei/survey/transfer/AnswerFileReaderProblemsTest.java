package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.HEADER_LINE;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.csv;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.row;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.withBom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Problems in the header, the rows and the limits of a file (the format's own problems are elsewhere). */
class AnswerFileReaderProblemsTest {

    private static final String GOOD = "2021,北区,区役所,7,連携できている,";

    @Test
    void aMissingRequiredColumnIsNamedAndStopsTheReading() {
        ParsedFile file = read(csv("年度,区,項目,連携度,コメント", "2021,北区,7,連携できている,"));

        assertThat(file.ok()).isFalse();
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(1, 0, "import.column.missing", "回答主体"));
    }

    @Test
    void aHeaderGivenTwiceIsAProblem() {
        ParsedFile file = read(csv("年度,区,回答主体,項目,連携度,ward", GOOD));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(1, 6, "import.column.duplicate", "区"));
    }

    @Test
    void anEmptyRequiredCellIsReportedWithItsLineAndColumnAndOtherRowsStillCount() {
        ParsedFile file = read(csv("項目,年度,区,回答主体,連携度", "7,2021, ,区役所,連携できている",
                "8,2021,北区,区役所,連携できている"));

        assertThat(file.problems()).containsExactly(ImportProblem.at(2, 3, "import.cell.empty", "区"));
        assertThat(file.rows()).containsExactly(row(3, "2021", "北区", "8", "連携できている", ""));
    }

    @Test
    void aShortRowReportsEachMissingRequiredCell() {
        ParsedFile file = read(csv(HEADER_LINE, "2021,北区,区役所"));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(2, 4, "import.cell.empty", "項目"),
                ImportProblem.at(2, 5, "import.cell.empty", "連携度"));
    }

    @Test
    void aDuplicateRowNamesTheLineOfTheFirst() {
        ParsedFile file = read(csv(HEADER_LINE, GOOD, "2021,北区,区役所,8,連携できている,",
                " 2021,北区,区役所,7 ,あまり連携できていない,"));

        assertThat(file.problems()).containsExactly(ImportProblem.at(4, 0, "import.row.duplicate", 2));
        assertThat(file.rows()).extracting(AnswerRow::line).containsExactly(2, 3);
    }

    @Test
    void theSameItemInAnotherYearWardOrRespondentIsNoDuplicate() {
        ParsedFile file = read(csv(HEADER_LINE, GOOD, "2022,北区,区役所,7,連携できている,",
                "2021,都島区,区役所,7,連携できている,", "2021,北区,相談支援室,7,連携できている,"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(4);
    }

    @Test
    void moreDataRowsThanAllowedStopAtTheFirstRowTooMany() {
        ParsedFile file = read(csv(HEADER_LINE, GOOD, "", "2021,北区,区役所,8,連携できている,",
                "2021,北区,区役所,9,連携できている,"), new ImportLimits(1024, 2));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(5, 0, "import.file.tooManyRows", 2));
    }

    @Test
    void aHugeNumberOfRowsIsRefusedAsSoonAsTheLimitIsPassed() {
        String many = (GOOD + "\r\n").repeat(400_000);
        ParsedFile file = read(csv(HEADER_LINE, many), new ImportLimits(50 * 1024 * 1024, 10));

        assertThat(file.problems()).containsExactly(ImportProblem.at(12, 0, "import.file.tooManyRows", 10));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAfterReadingOnlyOneByteMore() throws IOException {
        CountingStream in = new CountingStream(new ByteArrayInputStream(new byte[3 * 1024 * 1024]));

        ParsedFile file = new AnswerFileReader().read(in, new ImportLimits(2 * 1024 * 1024, 100));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.ofFile("import.file.tooLarge", 2.0));
        assertThat(in.count).isEqualTo(2 * 1024 * 1024 + 1);
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() {
        byte[] bytes = csv(HEADER_LINE, GOOD);

        assertThat(read(bytes, new ImportLimits(bytes.length, 10)).ok()).isTrue();
        assertThat(read(bytes, new ImportLimits(bytes.length - 1, 10)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.tooLarge");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAByteOrderMarkAndWhitespaceIsEmpty() {
        ImportProblem empty = ImportProblem.ofFile("import.file.empty");

        assertThat(read(new byte[0]).problems()).containsExactly(empty);
        assertThat(read(withBom(" \r\n\t\n".getBytes(StandardCharsets.US_ASCII))).problems()).containsExactly(empty);
    }

    @Test
    void onlyAHeaderGivesNoRowsAndNoProblem() {
        ParsedFile file = read(csv(HEADER_LINE));

        assertThat(file.ok()).isTrue();
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void aHeaderThatIsNotInTheFirstLineIsMissing() {
        ParsedFile file = read(csv(",,,", HEADER_LINE, GOOD));

        assertThat(file.problems()).hasSize(5).allMatch(p -> p.messageKey().equals("import.column.missing"))
                .extracting(p -> p.arguments().getFirst()).containsExactly("年度", "区", "回答主体", "項目", "連携度");
    }

    /** Counts the bytes the reader took. */
    private static final class CountingStream extends SequenceInputStream {
        long count;

        CountingStream(InputStream in) {
            super(Collections.enumeration(List.of(in)));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
