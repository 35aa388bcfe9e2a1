package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.survey.transfer.ImportProblem;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing past answers on MariaDB: all or nothing, idempotent, Shift_JIS as Japanese Excel writes it. */
@IntegrationTest
class AnswerImportIT {

    private static final int FISCAL_YEAR = 2088;

    @Autowired
    AnswerTransferService transfer;
    @Autowired
    JdbcTemplate jdbc;

    private SurveyFixture fixture;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired RoundService rounds, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.pastRound(FISCAL_YEAR);
    }

    @AfterEach
    void cleanUp() {
        fixture.removeAll();
    }

    @Test
    void aFileWithOneBadRowLeavesTheDatabaseUnchanged() throws IOException {
        List<AnswerRow> rows = wardOffice("北区", "1");
        rows.add(new AnswerRow(0, Integer.toString(FISCAL_YEAR), "北区", "相談支援室", "1", "とても", ""));
        long before = count("select count(*) from rating");
        byte[] file = utf8(rows);

        assertThatThrownBy(() -> SystemActor.call(() -> transfer.commit(file)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.hasProblems");

        assertThat(count("select count(*) from rating")).isEqualTo(before);
        assertThat(responsesOfRound()).isZero();
    }

    /** Broken files, each beside a complete good response that must not come in either. */
    static Stream<Arguments> brokenFiles() throws IOException {
        String good = csvText(wardOffice("北区", "1"));
        String header = good.substring(0, good.indexOf("\r\n") + 2);
        String rows = good.substring(header.length());
        // a hand-written row in the written order: 年度, 区, 区名, 回答主体, 項目, 項目名, 連携度, コメント (names left empty)
        String bad = FISCAL_YEAR + ",";
        byte[] tooLarge = (good + (bad + "北区,,区役所,1,,1," + "x".repeat(200) + "\r\n").repeat(30_000))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("unknown ward", utf8Text(good + bad + "南区,,区役所,1,,1,\r\n"), "import.ward.unknown", 14, 2),
                Arguments.of("unknown level text", utf8Text(good + bad + "都島区,,区役所,1,,まあまあ,\r\n"),
                        "import.level.unknown", 14, 7),
                Arguments.of("duplicate row", utf8Text(good + bad + "北区,,区役所,1,,2,\r\n"), "import.row.duplicate", 14, 0),
                Arguments.of("missing column", utf8Text(header.replace("連携度,", "") + rows), "import.column.missing", 1, 0),
                Arguments.of("wrong encoding", new byte[] {'a', ',', (byte) 0x80, ',', (byte) 0xFF, '\r', '\n'},
                        "import.file.encoding", 0, 0),
                Arguments.of("empty file", new byte[0], "import.file.empty", 0, 0),
                Arguments.of("huge file", tooLarge, "import.file.tooLarge", 0, 0),
                Arguments.of("too many rows", utf8Text(good + (bad + "北区,,区役所,1,,1,\r\n").repeat(20_001)),
                        "import.file.tooManyRows", 20_002, 0),
                Arguments.of("formula in a cell", workbookWithFormula(), "import.cell.formula", 3, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileNamesItsProblemAndLeavesTheDatabaseUnchanged(String name, byte[] file, String messageKey,
            int line, int column) {
        Map<String, Long> before = tableCounts();

        assertThat(SystemActor.call(() -> transfer.preview(file)).problems())
                .extracting(ImportProblem::messageKey, ImportProblem::line, ImportProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(messageKey, line, column));
        assertThatThrownBy(() -> SystemActor.call(() -> transfer.commit(file)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("import.hasProblems");

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(responsesOfRound()).isZero();
    }

    private Map<String, Long> tableCounts() {
        return Map.of("survey_response", count("select count(*) from survey_response"),
                "rating", count("select count(*) from rating"),
                "answer_change", count("select count(*) from answer_change"),
                "audit_entry", count("select count(*) from audit_entry"));
    }

    /** A workbook whose second answer row has a formula as its comment (POI writes it; Excel would too). */
    private static byte[] workbookWithFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[][] cells = {{"年度", "区", "回答主体", "項目", "連携度", "コメント"},
                    {Integer.toString(FISCAL_YEAR), "北区", "区役所", "1", "1", ""},
                    {Integer.toString(FISCAL_YEAR), "北区", "区役所", "2", "1", ""}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            sheet.getRow(2).getCell(5).setCellFormula("HYPERLINK(\"http://example.com\",\"x\")");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aShiftJisFileIsBroughtInOnceAndReimportingItChangesNothing() throws IOException {
        byte[] file = shiftJis(wardOffice("271276", "とても連携できている"));

        ImportPreview first = SystemActor.call(() -> transfer.commit(file));
        long history = count("select count(*) from answer_change");
        ImportPreview second = SystemActor.call(() -> transfer.commit(file));

        assertThat(first.count(ImportPreview.Outcome.CREATE)).isEqualTo(1);
        assertThat(second.count(ImportPreview.Outcome.UNCHANGED)).isEqualTo(1);
        assertThat(responsesOfRound()).isEqualTo(1);
        assertThat(count("select count(*) from answer_change")).as("nothing changed, nothing recorded").isEqualTo(history);
        assertThat(jdbc.queryForList("""
                select g.comment from rating g join survey_response r on r.id = g.response_id
                join survey_round o on o.id = r.round_id where o.fiscal_year = ? and g.comment is not null""",
                String.class, FISCAL_YEAR)).containsExactly("髙橋さんと月1回の連絡会①");
    }

    private static List<AnswerRow> wardOffice(String ward, String level) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            rows.add(new AnswerRow(0, Integer.toString(FISCAL_YEAR), ward, "区役所", Integer.toString(item), level,
                    item == 5 ? "髙橋さんと月1回の連絡会①" : ""));
        }
        return rows;
    }

    private long responsesOfRound() {
        return count("select count(*) from survey_response r join survey_round o on o.id = r.round_id"
                + " where o.fiscal_year = " + FISCAL_YEAR);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static byte[] utf8(List<AnswerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.writeCsv(rows, out);
        return out.toByteArray();
    }

    private static String csvText(List<AnswerRow> rows) throws IOException {
        return new String(utf8(rows), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    private static byte[] utf8Text(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The same file as Japanese Excel saves "CSV": Windows-31J, no byte order mark. */
    private static byte[] shiftJis(List<AnswerRow> rows) throws IOException {
        return csvText(rows).getBytes(Charset.forName("Windows-31J"));
    }
}
