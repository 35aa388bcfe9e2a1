package jp.osaka.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jp.osaka.renkei.base.i18n.TestMessages;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditCsvTest {

    private static final String[] HEADER = {"日時", "操作者", "操作", "操作コード", "対象", "詳細"};
    private static final ResourceBundleMessageSource MESSAGES = TestMessages.source();

    @Test
    void theFileStartsWithAByteOrderMarkSoThatExcelInJapanReadsUtf8() throws IOException {
        byte[] bytes = write(Locale.JAPANESE,
                new AuditEntry(Instant.parse("2026-11-25T01:02:03Z"), "admin", "ROUND_OPENED", "2025", ""));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = read(bytes);
        assertThat(records.getFirst().values()).containsExactly(HEADER);
        assertThat(records.get(1).values())
                .containsExactly("2026-11-25 10:02:03", "admin", "回答受付の開始", "ROUND_OPENED", "2025", "");
    }

    @Test
    void actionsAreInTheReadersWordsBesideTheirCodesAndImportCountsSayWhatTheyCount() throws IOException {
        List<CSVRecord> japanese = read(write(Locale.JAPANESE,
                new AuditEntry(Instant.EPOCH, "admin", "SIGN_IN", "", ""),
                new AuditEntry(Instant.EPOCH, "admin", "ANSWERS_IMPORTED", "", "1 / 0"),
                new AuditEntry(Instant.EPOCH, "kita", "SIGN_IN_FAILED", "", "BadCredentialsException"),
                new AuditEntry(Instant.EPOCH, "admin", "USERS_EXPORTED", "csv", "count=12")));

        assertThat(japanese.get(1).values()).containsSubsequence("ログイン", "SIGN_IN");
        assertThat(japanese.get(2).values()).containsSubsequence("回答の取り込み", "ANSWERS_IMPORTED", "",
                "新規 1 件、置き換え 0 件");
        assertThat(japanese.get(3).get(5)).isEqualTo("ログイン名またはパスワードの誤り");
        assertThat(japanese.get(4).get(5)).isEqualTo("12 件");

        CSVRecord english = read(write(Locale.ENGLISH,
                new AuditEntry(Instant.EPOCH, "admin", "ANSWERS_IMPORTED", "", "3 / 2"))).get(1);
        assertThat(english.get(2)).isEqualTo("Answers imported");
        assertThat(english.get(3)).isEqualTo("ANSWERS_IMPORTED");
        assertThat(english.get(5)).isEqualTo("3 new, 2 replaced");
    }

    @Test
    void anEntryOfACodeNoActionHasAnyLongerIsWrittenWithItsCodeInBothColumns() throws IOException {
        CSVRecord record = read(write(Locale.JAPANESE,
                new AuditEntry(Instant.EPOCH, "admin", "ROUND_ARCHIVED", "2000", ""))).get(1);

        assertThat(record.get(2)).isEqualTo("ROUND_ARCHIVED");
        assertThat(record.get(3)).isEqualTo("ROUND_ARCHIVED");
    }

    @Test
    void aDetailThatIsNotACodeOrCountIsWrittenAsItIs() {
        AuditTexts.Translator translator = translator(Locale.JAPANESE);

        assertThat(AuditTexts.detail(new AuditEntry(Instant.EPOCH, "admin", "ANSWER_REOPENED", "", "記入漏れ"),
                translator)).isEqualTo("記入漏れ");
        assertThat(AuditTexts.detail(new AuditEntry(Instant.EPOCH, "admin", "ROUND_OPENED", "", "1 / 0"),
                translator)).as("only an import's counts").isEqualTo("1 / 0");
    }

    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        byte[] bytes = write(Locale.JAPANESE, new AuditEntry(Instant.EPOCH, "admin", "ANSWER_REOPENED",
                "2025 北区 WARD_OFFICE", "=HYPERLINK(\"http://evil.example\",\"click\")"));

        assertThat(read(bytes).get(1).get(5)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(AuditCsv.text("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.text("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.text("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.text("理由: 1+1")).isEqualTo("理由: 1+1");
    }

    private static byte[] write(Locale locale, AuditEntry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditCsv.write(Stream.of(entries), HEADER, translator(locale), out);
        return out.toByteArray();
    }

    private static AuditTexts.Translator translator(Locale locale) {
        return (key, arguments) -> MESSAGES.getMessage(key, arguments, locale);
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }
}
