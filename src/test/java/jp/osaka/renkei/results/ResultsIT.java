package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
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
 * 集計結果 on MariaDB with counts known by construction: two rounds, the later one with an item moved,
 * renamed and one removed, a draft that must not count, and the scoping of each role.
 */
@IntegrationTest
class ResultsIT {

    private static final int EARLIER = 2081; // no other IT uses these years
    private static final int LATER = 2082;
    private static final long KITA = 1;
    private static final Instant AT = Instant.parse("2026-01-15T01:00:00Z");

    @Autowired
    private ResultsService results;
    @Autowired
    private ResponseService responses;
    @Autowired
    private InstrumentService instruments;
    @Autowired
    private RoundService rounds;
    @Autowired
    private JdbcTemplate jdbc;
    private SurveyFixture fixture;

    /** Ward office answers for item 1 (医師会) of wards 1–6 in the earlier round, and of wards 1–5 later. */
    private static final List<Level> EARLIER_ITEM_1 = List.of(Level.VERY_WELL, Level.WELL, Level.WELL, Level.NOT_WELL,
            Level.NO_ORGANISATION, Level.WELL);
    private static final List<Level> LATER_ITEM_1 = List.of(Level.VERY_WELL, Level.VERY_WELL, Level.VERY_WELL,
            Level.WELL, Level.NOT_AT_ALL);

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.user("results-kita", Role.WARD_OFFICE, KITA);
        fixture.user("results-viewer", Role.VIEWER, null);
        fixture.pastRound(EARLIER);
        for (int ward = 1; ward <= 6; ward++) {
            record(EARLIER, ward, RespondentType.WARD_OFFICE, EARLIER_ITEM_1.get(ward - 1), true);
            record(EARLIER, ward, RespondentType.SUPPORT_ROOM, Level.WELL, true);
        }
        fixture.draftRound(LATER, EARLIER);
        SystemActor.run(() -> {
            List<ItemSummary> items = instruments.items(LATER, RespondentType.WARD_OFFICE);
            // 医師会 becomes item 2 under a new name; 理学療法士会 (item 11) is no longer asked
            instruments.relabel(LATER, RespondentType.WARD_OFFICE,
                    instruments.version(LATER, RespondentType.WARD_OFFICE),
                    items.get(0).id(), "地区医師会", "District medical association");
            instruments.move(LATER, RespondentType.WARD_OFFICE,
                    instruments.version(LATER, RespondentType.WARD_OFFICE), items.get(0).id(), 1);
            instruments.remove(LATER, RespondentType.WARD_OFFICE,
                    instruments.version(LATER, RespondentType.WARD_OFFICE), items.get(10).id());
        });
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        fixture.removeAll();
    }

    @Test
    void countsOnlySubmittedAnswersPerLevelAndCompareItemsByPartner() {
        answerLaterRoundAndPublishBoth();
        InstrumentResults office = SystemActor.call(() -> results.instrument(LATER, EARLIER, RespondentType.WARD_OFFICE));

        assertThat(office.wards()).isEqualTo(24);
        assertThat(office.submitted()).isEqualTo(5); // ward 6's draft does not count
        assertThat(office.comparisonSubmitted()).isEqualTo(6);
        ItemResult doctors = office.item("MEDICAL_ASSOCIATION").orElseThrow();
        assertThat(doctors.itemNo()).isEqualTo(2);
        assertThat(doctors.comparisonItemNo()).isEqualTo(1);
        assertThat(doctors.label().ja()).isEqualTo("地区医師会");
        assertThat(doctors.current().byLevel()).isEqualTo(Map.of(Level.VERY_WELL, 3, Level.WELL, 1, Level.NOT_WELL, 0,
                Level.NOT_AT_ALL, 1, Level.NO_ORGANISATION, 0));
        assertThat(doctors.current().unanswered()).isEqualTo(19);
        assertThat(doctors.comparison().byLevel()).isEqualTo(Map.of(Level.VERY_WELL, 1, Level.WELL, 3,
                Level.NOT_WELL, 1, Level.NOT_AT_ALL, 0, Level.NO_ORGANISATION, 1));
        // changes are over wards 1–5, which answered both rounds: ward 6's earlier WELL is not read as a fall
        assertThat(office.pairedWards()).isEqualTo(5);
        assertThat(doctors.pairedComparison().count(Level.WELL)).isEqualTo(2);
        assertThat(doctors.change(Level.VERY_WELL)).isEqualTo(2);
        assertThat(doctors.change(Level.WELL)).isEqualTo(-1);
        assertThat(doctors.change(Level.NO_ORGANISATION)).isEqualTo(-1);

        ItemResult physiotherapists = office.item("PHYSIOTHERAPIST_ASSOCIATION").orElseThrow();
        assertThat(physiotherapists.current()).isNull();
        assertThat(physiotherapists.comparison().count(Level.WELL)).isEqualTo(6);
        assertThat(physiotherapists.change(Level.WELL)).isNull();
        assertThat(office.items()).hasSize(12);
        assertThat(office.items().getLast().partnerCode()).isEqualTo("PHYSIOTHERAPIST_ASSOCIATION");
    }

    @Test
    void mutualPairsComparesWhatEachSideSaidAboutTheOtherAndShowsWardUsersOnlyTheirOwnWard() {
        answerLaterRoundAndPublishBoth();
        MutualPairs all = SystemActor.call(() -> results.mutualPairs(LATER));
        // ward offices answered VERY_WELL about the coordinators (wards 1–5), support rooms WELL (wards 1–3);
        // the とても counts are over the 3 wards where both answered, never 5 against 3
        assertThat(all.answeredByBoth()).isEqualTo(3);
        assertThat(all.disagreeing()).isEqualTo(3);
        assertThat(all.office().submitted()).isEqualTo(5);
        assertThat(all.officeVeryWell()).isEqualTo(3);
        assertThat(all.roomVeryWell()).isZero();
        assertThat(all.wards()).hasSize(24);

        MutualPairs kita = fixture.as("results-kita", () -> results.mutualPairs(LATER));
        assertThat(kita.wards()).extracting(MutualPairs.Row::wardId).containsExactly(KITA);
        assertThat(kita.disagreeing()).isEqualTo(3);
        assertThat(fixture.as("results-viewer", () -> results.mutualPairs(LATER)).wards()).isEmpty();
    }

    @Test
    void wardUsersAndViewersSeeOnlyPublishedRoundsAndNeverOtherWardsAnswers() {
        recordLaterRound();
        assertThat(fixture.as("results-viewer", () -> results.rounds())).extracting(RoundSummary::fiscalYear)
                .contains(EARLIER).doesNotContain(LATER);
        assertThatThrownBy(() -> fixture.as("results-kita",
                () -> results.instrument(LATER, null, RespondentType.WARD_OFFICE)))
                .isInstanceOf(DomainException.class);
        assertThat(SystemActor.call(() -> results.rounds())).extracting(RoundSummary::fiscalYear).contains(LATER);

        publish(LATER);
        Map<Long, Level> own = fixture.as("results-kita", () -> results.ownWardAnswers(LATER, RespondentType.WARD_OFFICE));
        long doctors = partnerId("MEDICAL_ASSOCIATION");
        assertThat(own).containsEntry(doctors, Level.VERY_WELL).hasSize(11);
        assertThat(fixture.as("results-viewer", () -> results.ownWardAnswers(LATER, RespondentType.WARD_OFFICE))).isEmpty();
        assertThatThrownBy(() -> fixture.as("results-kita", () -> results.wardLevels(LATER, RespondentType.WARD_OFFICE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWardByItemViewHasEveryWardWithItsLevelsAndTheUnansweredEmpty() {
        answerLaterRoundAndPublishBoth();
        WardLevels levels = SystemActor.call(() -> results.wardLevels(LATER, RespondentType.WARD_OFFICE));
        assertThat(levels.items()).hasSize(11);
        assertThat(levels.wards()).hasSize(24);
        long doctors = partnerId("MEDICAL_ASSOCIATION");
        assertThat(levels.wards().get(4).level(doctors)).isEqualTo(Level.NOT_AT_ALL);
        assertThat(levels.wards().get(5).submitted()).isFalse(); // a draft
        assertThat(levels.wards().get(23).level(doctors)).isNull();
    }

    private void answerLaterRoundAndPublishBoth() {
        recordLaterRound();
        publish(LATER);
    }

    private void recordLaterRound() {
        SystemActor.run(() -> rounds.open(rounds.findByFiscalYear(LATER).orElseThrow().id(),
                java.time.LocalDate.of(2083, 3, 31)));
        for (int ward = 1; ward <= 5; ward++) {
            record(LATER, ward, RespondentType.WARD_OFFICE, LATER_ITEM_1.get(ward - 1), true);
        }
        record(LATER, 6, RespondentType.WARD_OFFICE, Level.VERY_WELL, false);
        for (int ward = 1; ward <= 3; ward++) {
            record(LATER, ward, RespondentType.SUPPORT_ROOM, Level.WELL, true);
        }
        SystemActor.run(() -> rounds.close(rounds.findByFiscalYear(LATER).orElseThrow().id()));
        publish(EARLIER);
    }

    private void publish(int fiscalYear) {
        SystemActor.run(() -> {
            RoundSummary round = rounds.findByFiscalYear(fiscalYear).orElseThrow();
            if (round.status() != jp.osaka.renkei.survey.RoundStatus.PUBLISHED) {
                rounds.publish(round.id());
            }
        });
    }

    /**
     * One ward's response: 医師会 answered with {@code doctors}, every other item with {@code others}
     * (the mutual pair: VERY_WELL from ward offices, WELL from support rooms).
     */
    private void record(int fiscalYear, long ward, RespondentType type, Level doctors, boolean submit) {
        ResponseKey key = new ResponseKey(fiscalYear, ward, type);
        SystemActor.run(() -> {
            List<AnswerInput> answers = instruments.items(fiscalYear, type).stream()
                    .filter(item -> !item.retired())
                    .map(item -> new AnswerInput(item.id(), level(item, type, doctors), null))
                    .toList();
            responses.recordOnBehalf(key, answers, submit, "results-it", AT);
        });
    }

    private Level level(ItemSummary item, RespondentType type, Level doctors) {
        if (item.partner().ja().equals("医師会")) {
            return doctors;
        }
        if (item.itemNo() == 12 || item.partner().ja().contains("コーディネーター") || item.partner().ja().equals("区役所担当者")) {
            return type == RespondentType.WARD_OFFICE ? Level.VERY_WELL : Level.WELL;
        }
        return Level.WELL;
    }

    private long partnerId(String code) {
        return jdbc.queryForObject("select id from partner where code = ?", Long.class, code);
    }
}
