package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.security.UserAccountService;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.survey.transfer.AnswerRow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    private List<AnswerRow> wardOffice(String ward, String level) {
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

    /** The same file as Japanese Excel saves "CSV": Windows-31J, no byte order mark. */
    private static byte[] shiftJis(List<AnswerRow> rows) throws IOException {
        String text = new String(utf8(rows), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.getBytes(Charset.forName("Windows-31J"));
    }
}
