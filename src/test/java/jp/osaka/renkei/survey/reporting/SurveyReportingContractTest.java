package jp.osaka.renkei.survey.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's read contract (docs/decisions/0017-survey-read-contract.md) on the demo data (24 wards, rounds 2017
 * and 2021 answered by every ward): what each method returns, and that only submitted responses and non-blank
 * comments count. Each test that changes an answer runs in a transaction that is rolled back.
 */
@DemoDataTest
@Transactional
class SurveyReportingContractTest {

    private static final long KITA = 1;
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    RoundAnswers rounds;
    @Autowired
    AnswerComments comments;
    @Autowired
    AnswerHistory history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theItemsAreTheInstrumentsItemsInTheirOrderWithOneItemAboutTheOtherSide() {
        List<AskedItem> items = rounds.items(round(2021), OFFICE);

        assertThat(items).hasSizeGreaterThan(5);
        assertThat(items).extracting(AskedItem::partnerId).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(item -> {
            assertThat(item.partnerCode()).isNotBlank();
            assertThat(item.label().ja()).isNotBlank();
            assertThat(item.label().en()).isNotBlank();
        });
        assertThat(items).filteredOn(item -> item.represents() != null).singleElement()
                .extracting(AskedItem::represents).isEqualTo(RespondentType.SUPPORT_ROOM);
        assertThat(rounds.items(round(2021), RespondentType.SUPPORT_ROOM)).filteredOn(item -> item.represents() != null)
                .singleElement().extracting(AskedItem::represents).isEqualTo(OFFICE);
    }

    @Test
    void theCountsAreTheSubmittedAnswersByItemAndLevel() {
        long round = round(2021);
        List<WardAnswer> answers = rounds.wardAnswers(round, OFFICE, null);

        assertThat(rounds.counts(round, OFFICE)).isNotEmpty().isEqualTo(grouped(answers));
        assertThat(rounds.submitted(round, OFFICE)).isEqualTo(24)
                .isEqualTo((int) answers.stream().map(WardAnswer::wardId).distinct().count());
        assertThat(rounds.wardAnswers(round, OFFICE, KITA))
                .containsExactlyInAnyOrderElementsOf(answers.stream().filter(a -> a.wardId() == KITA).toList());
        assertThat(rounds.pairedCounts(round, round, OFFICE)).isEqualTo(rounds.counts(round, OFFICE));
        assertThat(rounds.pairedWards(round, round(2017), OFFICE)).isEqualTo(24);
    }

    @Test
    void theMutualPairIsWhatEachSideAnsweredOnItsItemAboutTheOtherSide() {
        long round = round(2021);
        List<PairAnswer> expected = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            long about = rounds.items(round, type).stream().filter(item -> item.represents() != null)
                    .findFirst().orElseThrow().partnerId();
            rounds.wardAnswers(round, type, null).stream().filter(answer -> answer.partnerId() == about)
                    .forEach(answer -> expected.add(new PairAnswer(answer.wardId(), type, answer.level())));
        }

        assertThat(rounds.pairAnswers(round)).hasSize(48).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aResponseNoLongerSubmittedLeavesEveryReading() {
        long round = round(2021);
        int kitasAnswers = rounds.wardAnswers(round, OFFICE, KITA).size();
        int counted = total(rounds.counts(round, OFFICE));
        assertThat(comments.inRound(round, OFFICE, KITA)).isNotEmpty();

        jdbc.update("UPDATE survey_response SET status = 'DRAFT', submitted_at = NULL, submitted_by = NULL"
                + " WHERE round_id = ? AND ward_id = ? AND respondent_type = ?", round, KITA, OFFICE.name());

        assertThat(rounds.submitted(round, OFFICE)).isEqualTo(23);
        assertThat(total(rounds.counts(round, OFFICE))).isEqualTo(counted - kitasAnswers);
        assertThat(rounds.wardAnswers(round, OFFICE, KITA)).isEmpty();
        assertThat(rounds.pairAnswers(round)).noneMatch(a -> a.wardId() == KITA && a.respondent() == OFFICE);
        assertThat(rounds.pairedWards(round(2017), round, OFFICE)).isEqualTo(23);
        assertThat(total(rounds.pairedCounts(round(2017), round, OFFICE)))
                .isEqualTo(total(rounds.counts(round(2017), OFFICE))
                        - rounds.wardAnswers(round(2017), OFFICE, KITA).size());
        assertThat(comments.inRound(round, OFFICE, KITA)).isEmpty();
        assertThat(history.ofWard(KITA)).noneMatch(a -> a.roundId() == round && a.type() == OFFICE);
    }

    @Test
    void theCommentsAreNonBlankInTheOrderOfInstrumentItemAndWard() {
        long round = round(2021);
        List<AnswerComment> all = comments.inRound(round, null, null);
        AnswerComment first = all.getFirst();

        assertThat(all).extracting(AnswerComment::text).allMatch(text -> !text.isBlank());
        assertThat(all.stream().map(AnswerComment::type).distinct()).containsExactly(OFFICE,
                RespondentType.SUPPORT_ROOM);
        assertThat(comments.inRound(round, OFFICE, KITA)).isNotEmpty()
                .allMatch(c -> c.wardId() == KITA && c.type() == OFFICE).isSubsetOf(all);
        assertThat(comments.one(round, first.ratingId())).contains(first);
        assertThat(comments.one(round(2017), first.ratingId())).isEmpty();
        List<Long> some = List.of(all.get(3).ratingId(), all.get(1).ratingId(), all.getLast().ratingId());
        assertThat(comments.of(round, some)).containsExactly(all.get(1), all.get(3), all.getLast());
        assertThat(comments.of(round(2017), some)).isEmpty();

        jdbc.update("UPDATE rating SET comment = '  ' WHERE id = ?", first.ratingId());

        assertThat(comments.inRound(round, null, null)).hasSize(all.size() - 1).doesNotContain(first);
        assertThat(comments.one(round, first.ratingId())).isEmpty();
        assertThat(comments.of(round, List.of(first.ratingId()))).isEmpty();
    }

    @Test
    void aWardsHistoryIsItsSubmittedAnswersOfEveryRound() {
        List<PastAnswer> answers = history.ofWard(KITA);

        assertThat(answers.stream().map(PastAnswer::roundId).distinct()).containsExactly(round(2017), round(2021));
        Map<Long, Level> levels2021 = answers.stream()
                .filter(a -> a.roundId() == round(2021) && a.type() == OFFICE && a.level() != null)
                .collect(Collectors.toMap(PastAnswer::partnerId, PastAnswer::level));
        assertThat(levels2021).isEqualTo(rounds.wardAnswers(round(2021), OFFICE, KITA).stream()
                .collect(Collectors.toMap(WardAnswer::partnerId, WardAnswer::level)));
        assertThat(answers).filteredOn(a -> a.comment() != null).isNotEmpty();
    }

    private long round(int fiscalYear) {
        return jdbc.queryForObject("SELECT id FROM survey_round WHERE fiscal_year = ?", Long.class, fiscalYear);
    }

    private static Map<Long, Map<Level, Integer>> grouped(List<WardAnswer> answers) {
        Map<Long, Map<Level, Integer>> grouped = new HashMap<>();
        answers.forEach(answer -> grouped.computeIfAbsent(answer.partnerId(), id -> new HashMap<>())
                .merge(answer.level(), 1, Integer::sum));
        return grouped;
    }

    private static int total(Map<Long, Map<Level, Integer>> counts) {
        return counts.values().stream().flatMap(byLevel -> byLevel.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
