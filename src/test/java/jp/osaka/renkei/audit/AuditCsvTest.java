package jp.osaka.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static final String[] HEADER = {"日時", "操作者", "操作", "対象", "詳細"};

    @Test
    void theFileStartsWithAByteOrderMarkSoThatExcelInJapanReadsUtf8() throws IOException {
        byte[] bytes = write(new AuditEntry(Instant.parse("2026-11-25T01:02:03Z"), "admin", "ROUND_OPENED", "2025", ""));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = read(bytes);
        assertThat(records.getFirst().values()).containsExactly(HEADER);
        assertThat(records.get(1).values()).containsExactly("2026-11-25 10:02:03", "admin", "ROUND_OPENED", "2025", "");
    }

    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        byte[] bytes = write(new AuditEntry(Instant.EPOCH, "admin", "ANSWER_REOPENED", "2025 北区 WARD_OFFICE",
                "=HYPERLINK(\"http://evil.example\",\"click\")"));

        assertThat(read(bytes).get(1).get(4)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(AuditCsv.text("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.text("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.text("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.text("理由: 1+1")).isEqualTo("理由: 1+1");
    }

    private static byte[] write(AuditEntry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditCsv.write(Stream.of(entry), HEADER, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }
}
