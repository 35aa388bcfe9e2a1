package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFileTest {

    private final CsvFile table = new CsvFile(List.of("区", "項目", "とても"),
            List.of(List.of("北区", "=HYPERLINK(\"http://example.com\",\"x\")", 12),
                    List.of("𠮷野区", "-1", 0)));

    @Test
    void utf8StartsWithAByteOrderMarkSoThatExcelInJapanReadsIt() {
        byte[] bytes = table.encode(StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF区,項目,とても\r\n"
                + "北区,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",12\r\n"
                + "𠮷野区,'-1,0\r\n");
    }

    @Test
    void shiftJisNamesWhatItCannotHoldAndWritesTheGetaMarkInsteadOfAQuestionMark() {
        assertThat(table.unmappable(CsvFile.WINDOWS_31J)).containsExactly("𠮷");
        assertThat(table.unmappable(StandardCharsets.UTF_8)).isEmpty();

        String written = new String(table.encode(CsvFile.WINDOWS_31J), CsvFile.WINDOWS_31J);

        assertThat(written).startsWith("区,項目,とても\r\n").contains("〓野区,'-1,0").doesNotContain("?");
    }
}
