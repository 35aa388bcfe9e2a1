package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A ward's history on MariaDB: three rounds read in one query, a renamed item kept as one row, a draft left
 * out, the mutual pair per round, the comments, and the rounds a ward user may not see yet.
 */
@IntegrationTest
class WardHistoryIT {

    private static final int FIRST = 2091; // no other IT uses these years
    private static final int SECOND = 2092;
    private static final int THIRD = 2093;
    private static final long KITA = 1;
    private static final long MIYAKOJIMA = 2;
    private static final Instant AT = Instant.parse("2026-01-15T01:00:00Z");
    private static final String LONG_COMMENT = "医師会の在宅医療担当理事と毎月の定例会で事例を共有している。".repeat(6);

    @Autowired
    private WardHistoryService histories;
    @Autowired
    private ResponseService responses;
    @Autowired
    private InstrumentService instruments;
    @Autowired
    private RoundService rounds;
    @Autowired
    private JdbcTemplate jdbc;
    private SurveyFixture fixture;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.user("history-kita", Role.SUPPORT_ROOM, KITA);
        fixture.pastRound(FIRST);
        record(FIRST, KITA, RespondentType.WARD_OFFICE, Level.WELL, Level.VERY_WELL, null, true);
        record(FIRST, KITA, RespondentType.SUPPORT_ROOM, Level.WELL, Level.WELL, null, true);
        record(FIRST, MIYAKOJIMA, RespondentType.WARD_OFFICE, Level.NOT_AT_ALL, Level.WELL, "他区のコメント", true);
        publish(FIRST);
        fixture.draftRound(SECOND, FIRST);
        SystemActor.run(() -> {
            ItemSummary doctors = instruments.items(SECOND, RespondentType.WARD_OFFICE).getFirst();
            instruments.relabel(SECOND, RespondentType.WARD_OFFICE,
                    instruments.version(SECOND, RespondentType.WARD_OFFICE),
                    doctors.id(), "地区医師会", "District medical association");
            rounds.open(rounds.findByFiscalYear(SECOND).orElseThrow().id(), LocalDate.of(2093, 3, 31));
        });
        record(SECOND, KITA, RespondentType.WARD_OFFICE, Level.VERY_WELL, Level.VERY_WELL, LONG_COMMENT, true);
        record(SECOND, KITA, RespondentType.SUPPORT_ROOM, Level.NOT_WELL, Level.VERY_WELL, "下書きのコメント", false);
        SystemActor.run(() -> rounds.close(rounds.findByFiscalYear(SECOND).orElseThrow().id()));
        publish(SECOND);
        fixture.draftRound(THIRD, SECOND);
        SystemActor.run(() -> rounds.open(rounds.findByFiscalYear(THIRD).orElseThrow().id(), LocalDate.of(2094, 3, 31)));
        record(THIRD, KITA, RespondentType.WARD_OFFICE, Level.NOT_WELL, Level.WELL, "まだ公表されていない回", true);
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        fixture.removeAll();
    }

    @Test
    void aWardsLevelsOverEveryRoundAreReadAsOneRowPerItemWithoutDrafts() {
        WardHistory history = SystemActor.call(() -> histories.history(KITA));
        RoundSummary first = round(history, FIRST);
        RoundSummary second = round(history, SECOND);
        RoundSummary third = round(history, THIRD);

        WardHistory.ItemHistory doctors = history.items(RespondentType.WARD_OFFICE).getFirst();
        assertThat(doctors.label().ja()).isEqualTo("地区医師会");
        assertThat(doctors.level(first.id())).isEqualTo(Level.WELL);
        assertThat(doctors.level(second.id())).isEqualTo(Level.VERY_WELL);
        assertThat(doctors.level(third.id())).isEqualTo(Level.NOT_WELL);
        assertThat(history.items(RespondentType.WARD_OFFICE)).hasSize(12);
        assertThat(history.submitted(second.id(), RespondentType.SUPPORT_ROOM)).as("a draft is not an answer").isFalse();
        assertThat(history.items(RespondentType.SUPPORT_ROOM).getFirst().level(second.id())).isNull();
    }

    @Test
    void theMutualPairAndTheCommentsAreTheWardsOwnPerRound() {
        WardHistory history = SystemActor.call(() -> histories.history(KITA));

        WardHistory.PairStatus first = pair(history, FIRST);
        assertThat(first.officeAboutRoom()).isEqualTo(Level.VERY_WELL);
        assertThat(first.roomAboutOffice()).isEqualTo(Level.WELL);
        assertThat(first.disagrees()).isTrue();
        assertThat(pair(history, SECOND).answeredByBoth()).isFalse();
        assertThat(history.comments()).extracting(WardHistory.Comment::text)
                .containsExactly("まだ公表されていない回", LONG_COMMENT);
        assertThat(history.comments().get(1).label().ja()).isEqualTo("地区医師会");
    }

    @Test
    void aWardUserSeesTheirOwnWardOverThePublishedRoundsAndIsRefusedAnother() {
        WardHistory own = fixture.as("history-kita", () -> histories.history(KITA));

        assertThat(own.rounds()).extracting(RoundSummary::fiscalYear).contains(FIRST, SECOND).doesNotContain(THIRD);
        assertThat(own.comments()).extracting(WardHistory.Comment::text).containsExactly(LONG_COMMENT);
        assertThatThrownBy(() -> fixture.as("history-kita", () -> histories.history(MIYAKOJIMA)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static RoundSummary round(WardHistory history, int fiscalYear) {
        return history.rounds().stream().filter(round -> round.fiscalYear() == fiscalYear).findFirst().orElseThrow();
    }

    private static WardHistory.PairStatus pair(WardHistory history, int fiscalYear) {
        return history.pairs().stream().filter(p -> p.round().fiscalYear() == fiscalYear).findFirst().orElseThrow();
    }

    private void publish(int fiscalYear) {
        SystemActor.run(() -> rounds.publish(rounds.findByFiscalYear(fiscalYear).orElseThrow().id()));
    }

    /** One response: 医師会 (item 1) answered with {@code doctors} and a comment, the mutual pair with {@code pair}. */
    private void record(int fiscalYear, long ward, RespondentType type, Level doctors, Level pair,
            String comment, boolean submit) {
        SystemActor.run(() -> {
            List<AnswerInput> answers = instruments.items(fiscalYear, type).stream()
                    .filter(item -> !item.retired())
                    .map(item -> new AnswerInput(item.id(),
                            item.itemNo() == 1 ? doctors : item.itemNo() == 12 ? pair : Level.WELL,
                            item.itemNo() == 1 ? comment : null))
                    .toList();
            responses.recordOnBehalf(new ResponseKey(fiscalYear, ward, type), answers, submit, "history-it", AT);
        });
    }
}
