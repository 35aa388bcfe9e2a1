package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.reporting.PastAnswer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A ward's answers, one row per answer, become its history: rounds in order, items by partner, pair, comments. */
class WardHistoryAssemblyTest {

    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;
    private static final RespondentType ROOM = RespondentType.SUPPORT_ROOM;
    private static final RoundSummary R2017 = round(1, 2017);
    private static final RoundSummary R2021 = round(2, 2021);
    private static final RoundSummary R2025 = round(3, 2025);
    private static final long DOCTORS = 11;
    private static final long COORDINATOR = 12;
    private static final long WARD_STAFF = 13;

    @Test
    void roundsGoOldestFirstWhateverOrderTheyComeIn() {
        WardHistory history = assemble(List.of(R2025, R2017, R2021), List.of());

        assertThat(history.rounds()).extracting(RoundSummary::fiscalYear).containsExactly(2017, 2021, 2025);
        assertThat(history.pairs()).extracting(pair -> pair.round().fiscalYear()).containsExactly(2017, 2021, 2025);
    }

    @Test
    void anItemKeepsOneRowOverTheRoundsWithTheNewestRoundsNumberAndLabel() {
        WardHistory history = assemble(List.of(R2017, R2021), List.of(
                answer(R2021, OFFICE, DOCTORS, 2, "地区医師会", Level.VERY_WELL, null),
                answer(R2017, OFFICE, DOCTORS, 1, "医師会", Level.WELL, null)));

        assertThat(history.items(OFFICE)).singleElement().satisfies(item -> {
            assertThat(item.itemNo()).isEqualTo(2);
            assertThat(item.label().ja()).isEqualTo("地区医師会");
            assertThat(item.level(R2017.id())).isEqualTo(Level.WELL);
            assertThat(item.level(R2021.id())).isEqualTo(Level.VERY_WELL);
        });
        assertThat(history.items(ROOM)).isEmpty();
    }

    @Test
    void aRoundTheWardDidNotSubmitIsUnansweredNotALevel() {
        WardHistory history = assemble(List.of(R2017, R2021), List.of(
                answer(R2021, OFFICE, DOCTORS, 1, "医師会", Level.WELL, null)));

        assertThat(history.submitted(R2021.id(), OFFICE)).isTrue();
        assertThat(history.submitted(R2017.id(), OFFICE)).isFalse();
        assertThat(history.submitted(R2021.id(), ROOM)).isFalse();
        assertThat(history.items(OFFICE).getFirst().level(R2017.id())).isNull();
    }

    @Test
    void answersOfRoundsTheUserMayNotSeeAreLeftOut() {
        WardHistory history = assemble(List.of(R2017), List.of(
                answer(R2017, OFFICE, DOCTORS, 1, "医師会", Level.WELL, "見える"),
                answer(R2025, OFFICE, DOCTORS, 1, "医師会", Level.VERY_WELL, "未公表の回のコメント")));

        assertThat(history.items(OFFICE).getFirst().levels()).containsOnlyKeys(R2017.id());
        assertThat(history.submitted(R2025.id(), OFFICE)).isFalse();
        assertThat(history.comments()).extracting(WardHistory.Comment::text).containsExactly("見える");
    }

    @Test
    void theMutualPairComparesWhatEachSideSaidAboutTheOtherRoundByRound() {
        WardHistory history = assemble(List.of(R2017, R2021, R2025), List.of(
                pair(R2017, OFFICE, Level.VERY_WELL), pair(R2017, ROOM, Level.WELL),
                pair(R2021, OFFICE, Level.VERY_WELL), pair(R2021, ROOM, Level.VERY_WELL),
                pair(R2025, OFFICE, Level.WELL)));

        assertThat(history.pairs()).extracting(WardHistory.PairStatus::disagrees).containsExactly(true, false, false);
        assertThat(history.pairs()).extracting(WardHistory.PairStatus::answeredByBoth).containsExactly(true, true, false);
        assertThat(history.pairs().getLast().officeAboutRoom()).isEqualTo(Level.WELL);
        assertThat(history.pairs().getLast().roomAboutOffice()).isNull();
    }

    @Test
    void commentsComeNewestRoundFirstThenByRespondentAndItemAndBlankOnesAreLeftOut() {
        WardHistory history = assemble(List.of(R2017, R2021), List.of(
                answer(R2017, OFFICE, DOCTORS, 1, "医師会", Level.WELL, "古いコメント"),
                answer(R2021, ROOM, DOCTORS, 1, "医師会", Level.WELL, "相談支援室のコメント"),
                answer(R2021, OFFICE, COORDINATOR, 12, "コーディネーター", Level.WELL, "  前後の空白は除く  "),
                answer(R2021, OFFICE, DOCTORS, 1, "医師会", Level.WELL, "   ")));

        assertThat(history.comments()).extracting(WardHistory.Comment::text)
                .containsExactly("前後の空白は除く", "相談支援室のコメント", "古いコメント");
        assertThat(history.comments().getFirst().itemNo()).isEqualTo(12);
        assertThat(history.comments().getFirst().round()).isEqualTo(R2021);
    }

    private static WardHistory assemble(List<RoundSummary> rounds, List<PastAnswer> answers) {
        return WardHistoryAssembly.assemble(9, "271098", new LocalizedText("天王寺区", "Tennoji"), rounds, answers);
    }

    private static PastAnswer pair(RoundSummary round, RespondentType type, Level level) {
        return type == OFFICE
                ? new PastAnswer(round.id(), type, COORDINATOR, 12, text("コーディネーター"), ROOM, level, null)
                : new PastAnswer(round.id(), type, WARD_STAFF, 12, text("区役所担当者"), OFFICE, level, null);
    }

    private static PastAnswer answer(RoundSummary round, RespondentType type, long partnerId, int itemNo,
            String label, Level level, @Nullable String comment) {
        return new PastAnswer(round.id(), type, partnerId, itemNo, text(label),
                partnerId == COORDINATOR ? ROOM : null, level, comment);
    }

    private static LocalizedText text(String ja) {
        return new LocalizedText(ja, ja);
    }

    private static RoundSummary round(long id, int fiscalYear) {
        return new RoundSummary(id, fiscalYear, RoundStatus.PUBLISHED, null, null);
    }
}
