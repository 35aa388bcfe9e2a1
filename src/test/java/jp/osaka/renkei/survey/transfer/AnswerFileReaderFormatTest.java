package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Files that are not answer files at all: their format is told by content, never by name. */
class AnswerFileReaderFormatTest {

    @Test
    void bytesInvalidInUtf8AndInWindows31jAreAnEncodingProblem() {
        byte[] bytes = {'a', ',', (byte) 0x80, ',', (byte) 0xFF, '\r', '\n'};

        ParsedFile file = read(bytes);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.ofFile("import.file.encoding"));
    }

    @Test
    void aByteOrderMarkWithInvalidUtf8IsAnEncodingProblemNotShiftJis() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0x96, (byte) 0x6B};

        assertThat(read(bytes).problems()).containsExactly(ImportProblem.ofFile("import.file.encoding"));
    }

    @Test
    void aPngRenamedToCsvIsRefusedForItsNulByteOnTheLineWhereItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThat(read(png).problems()).containsExactly(new ImportProblem(3, 0, "import.file.nul", List.of(3)));
    }

    @Test
    void aCsvWithANulByteSaysWhichLineHoldsItNotThatItIsNoCsv() {
        byte[] csv = AnswerFiles.csv("年度,区,回答主体,項目,連携度,コメント", "2021,北区,区役所,1,連携できている,",
                "2021,北区,区役所,2,連携できている,よく\u0000話す");

        assertThat(read(csv).problems()).containsExactly(new ImportProblem(3, 0, "import.file.nul", List.of(3)));
        assertThat(read(csv).rows()).isEmpty();
    }

    @Test
    void aWindowsProgramRenamedToXlsxOrCsvIsRefusedForItsNulByte() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;

        assertThat(read(exe).problems()).containsExactly(new ImportProblem(1, 0, "import.file.nul", List.of(1)));
    }

    @Test
    void aZipThatIsNotAWorkbookIsUnreadable() throws IOException {
        byte[] zip = zip("readme.txt", "年度,区".getBytes(StandardCharsets.UTF_8));

        assertThat(read(zip).problems()).containsExactly(ImportProblem.ofFile("import.file.unreadable"));
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() {
        byte[] xlsx = AnswerFiles.xlsx(List.of(List.of("年度")));
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);

        assertThat(read(truncated).problems()).containsExactly(ImportProblem.ofFile("import.file.unreadable"));
    }

    @Test
    void aZipBombIsRefusedBeforePoiBuildsAWorkbook() throws IOException {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[200 * 1024 * 1024]);

        ParsedFile file = read(bomb, new ImportLimits(5 * 1024 * 1024, 100));

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(file.problems()).containsExactly(ImportProblem.ofFile("import.file.tooLargeUnpacked"));
    }

    @Test
    void poisOwnZipBombCheckStaysOnBelowTheUnpackedCap() throws IOException {
        // 2 MB of zeros packs a thousandfold: under the cap, but far over POI's inflate ratio limit
        byte[] bomb = zip("[Content_Types].xml", new byte[2 * 1024 * 1024]);

        assertThat(read(bomb).problems()).containsExactly(ImportProblem.ofFile("import.file.unreadable"));
        assertThatThrownBy(() -> XlsxSource.of(bomb, Long.MAX_VALUE))
                .isInstanceOf(UnreadableFileException.class)
                .rootCause().hasMessageContaining("Zip bomb");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
