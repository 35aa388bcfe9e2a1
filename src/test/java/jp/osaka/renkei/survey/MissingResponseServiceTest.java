package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 未提出の区 before 締切 and 公表: per respondent type, in ward order, with 差し戻し told apart from a plain
 * draft. The round of fiscal year 2006 is this test's own and is removed afterwards.
 */
@DemoDataTest
class MissingResponseServiceTest {

    private static final int YEAR = 2006;
    private static final Instant AT = Instant.parse("2006-09-01T00:00:00Z");

    @Autowired
    MissingResponseService missing;
    @Autowired
    ResponseService responses;
    @Autowired
    RoundService rounds;
    @Autowired
    WardService wards;
    @Autowired
    ApplicationContext context;

    private @Nullable SurveyFixture fixture;

    @AfterEach
    void removeOwnRound() {
        if (fixture != null) {
            fixture.removeAll();
        }
    }

    @Test
    void theDemosOpenRoundListsEveryWardWithoutASubmissionPerTypeInWardOrder() {
        List<MissingResponses> result = SystemActor.call(() -> {
            long round = rounds.findByFiscalYear(2025).orElseThrow().id();
            return missing.missing(round);
        });
        List<WardStatusRow> statuses = SystemActor.call(() -> responses.statusByWard(
                rounds.findByFiscalYear(2025).orElseThrow().id()));

        assertThat(result).extracting(MissingResponses::type).containsExactly(RespondentType.values());
        for (MissingResponses type : result) {
            List<String> expected = statuses.stream()
                    .filter(row -> row.status(type.type()).status() != ResponseStatus.SUBMITTED)
                    .map(row -> row.wardName().ja() + "/" + state(row.status(type.type())))
                    .toList();
            assertThat(type.wards()).isEqualTo(24);
            assertThat(type.missing()).as("the demo leaves some wards unanswered").isNotEmpty();
            assertThat(type.missing()).extracting(m -> m.wardName().ja() + "/" + m.state()).isEqualTo(expected);
        }
    }

    @Test
    void aResponseSentBackIsNamedApartFromADraftAndASubmittedOneIsNotListed() {
        fixture = SurveyFixture.of(context);
        long round = fixture.openRound(YEAR).id();
        List<Ward> all = SystemActor.call(wards::findAll);
        ResponseKey kita = key(all.get(0));
        ResponseKey miyakojima = key(all.get(1));
        ResponseKey fukushima = key(all.get(2));
        SystemActor.run(() -> {
            record(kita, true);
            record(miyakojima, false);
            record(fukushima, true);
            responses.reopen(fukushima, "項目3の確認", responses.sheet(fukushima).version());
        });

        Map<RespondentType, MissingResponses> result = SystemActor.call(() -> missing.missing(round)).stream()
                .collect(Collectors.toMap(MissingResponses::type, m -> m));

        List<MissingResponse> offices = result.get(RespondentType.WARD_OFFICE).missing();
        assertThat(offices).hasSize(23);
        assertThat(offices).extracting(MissingResponse::wardId).doesNotContain(kita.wardId());
        assertThat(offices.get(0)).extracting(MissingResponse::wardId, MissingResponse::state)
                .containsExactly(miyakojima.wardId(), MissingResponse.State.DRAFT);
        assertThat(offices.get(1)).extracting(MissingResponse::wardId, MissingResponse::state)
                .containsExactly(fukushima.wardId(), MissingResponse.State.SENT_BACK);
        assertThat(offices.subList(2, 23)).extracting(MissingResponse::state)
                .containsOnly(MissingResponse.State.NOT_STARTED);
        assertThat(result.get(RespondentType.SUPPORT_ROOM).missing()).hasSize(24)
                .extracting(MissingResponse::state).containsOnly(MissingResponse.State.NOT_STARTED);
    }

    private void record(ResponseKey key, boolean submit) {
        List<AnswerInput> answers = SurveyFixture.answers(responses.sheet(key), submit ? 12 : 3, Level.WELL);
        responses.recordOnBehalf(key, answers, submit, "区役所（メール）", AT);
    }

    private static ResponseKey key(Ward ward) {
        return new ResponseKey(YEAR, ward.getId(), RespondentType.WARD_OFFICE);
    }

    /** What 回答状況 says of the response (other tests in the shared demo context send some back). */
    private static String state(WardResponseStatus status) {
        if (status.status() == null) {
            return "NOT_STARTED";
        }
        return status.sentBack() != null ? "SENT_BACK" : "DRAFT";
    }
}
