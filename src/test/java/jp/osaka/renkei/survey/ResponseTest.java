package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;

class ResponseTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    private final Round round = InMemorySurvey.openRound();
    private final Instrument instrument = InMemorySurvey.instrument(round, RespondentType.WARD_OFFICE, 12);
    private final Response response = new Response(round, 1, RespondentType.WARD_OFFICE, "ward-kita", NOW);

    @Test
    void aDraftKeepsWhateverIsFilledIn() {
        List<Response.Change> changes = response.apply(instrument, List.of(
                answer(1, Level.VERY_WELL, null), answer(2, null, "まだ検討中"), answer(3, null, "  ")), "ward-kita", NOW);

        assertThat(response.levelFor(InMemorySurvey.itemId(1))).isEqualTo(Level.VERY_WELL);
        assertThat(response.getRatings()).hasSize(2);
        assertThat(response.getRatings()).extracting(Rating::getComment).containsExactlyInAnyOrder(null, "まだ検討中");
        assertThat(changes).extracting(Response.Change::field)
                .containsExactly(AnswerChange.Field.LEVEL, AnswerChange.Field.COMMENT);
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.DRAFT);
    }

    @Test
    void changingAnAnswerRecordsTheOldAndTheNewLevel() {
        response.apply(instrument, List.of(answer(5, Level.WELL, null)), "ward-kita", NOW);
        List<Response.Change> changes = response.apply(instrument,
                List.of(answer(5, Level.VERY_WELL, null), answer(6, null, null)), "room-kita", NOW.plusSeconds(60));

        assertThat(changes).containsExactly(new Response.Change(InMemorySurvey.itemId(5), AnswerChange.Field.LEVEL,
                "WELL", "VERY_WELL"));
        assertThat(response.getUpdatedBy()).isEqualTo("room-kita");
        assertThat(response.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void savingTheSameAnswersAgainChangesNothing() {
        response.apply(instrument, List.of(answer(1, Level.WELL, "同じ")), "ward-kita", NOW);
        assertThat(response.apply(instrument, List.of(answer(1, Level.WELL, "同じ")), "other", NOW.plusSeconds(5)))
                .isEmpty();
        assertThat(response.getUpdatedBy()).isEqualTo("ward-kita");
    }

    @Test
    void submittingWithUnansweredItemsListsThemAndSubmitsNothing() {
        response.apply(instrument, IntStream.rangeClosed(1, 10).mapToObj(no -> answer(no, Level.WELL, null)).toList(),
                "ward-kita", NOW);

        assertThatThrownBy(() -> response.submit(instrument, "ward-kita", NOW))
                .isInstanceOfSatisfying(IncompleteResponseException.class,
                        e -> assertThat(e.missingItemNumbers()).containsExactly(11, 12));
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(response.getSubmittedAt()).isNull();
    }

    @Test
    void aCompleteResponseIsSubmittedAndThenLocked() {
        response.apply(instrument, IntStream.rangeClosed(1, 12)
                .mapToObj(no -> answer(no, no == 11 ? Level.NO_ORGANISATION : Level.VERY_WELL, null)).toList(),
                "ward-kita", NOW);

        Response.Change change = response.submit(instrument, "ward-kita", NOW);

        assertThat(change.newValue()).isEqualTo("SUBMITTED");
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(response.getSubmittedBy()).isEqualTo("ward-kita");
        assertThatThrownBy(() -> response.apply(instrument, List.of(answer(1, Level.WELL, null)), "ward-kita", NOW))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("answer.alreadySubmitted");
        assertThat(response.levelFor(InMemorySurvey.itemId(1))).isEqualTo(Level.VERY_WELL);
    }

    @Test
    void anAdministratorReopensASubmittedResponseWithAReason() {
        response.apply(instrument, IntStream.rangeClosed(1, 12).mapToObj(no -> answer(no, Level.WELL, null)).toList(),
                "ward-kita", NOW);
        response.submit(instrument, "ward-kita", NOW);

        Response.Change change = response.reopen("  項目7の回答を確認してください  ", "admin", NOW.plusSeconds(60));

        assertThat(change).isEqualTo(new Response.Change(null, AnswerChange.Field.STATUS, "SUBMITTED", "DRAFT",
                "項目7の回答を確認してください"));
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(response.getSubmittedAt()).isNull();
        assertThat(response.levelFor(InMemorySurvey.itemId(7))).as("answers are kept").isEqualTo(Level.WELL);
        assertThat(response.apply(instrument, List.of(answer(7, Level.VERY_WELL, null)), "ward-kita", NOW)).hasSize(1);
    }

    @Test
    void onlyASubmittedResponseCanBeReopenedAndOnlyWithAReason() {
        assertThatThrownBy(() -> response.reopen("理由", "admin", NOW)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("answer.reopen.notSubmitted");
        response.apply(instrument, IntStream.rangeClosed(1, 12).mapToObj(no -> answer(no, Level.WELL, null)).toList(),
                "ward-kita", NOW);
        response.submit(instrument, "ward-kita", NOW);
        assertThatThrownBy(() -> response.reopen(" ", "admin", NOW)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("answer.reopen.reasonRequired");
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
    }

    @Test
    void anItemOfAnotherInstrumentIsRefused() {
        assertThatThrownBy(() -> response.apply(instrument, List.of(new AnswerInput(999, Level.WELL, null)),
                "ward-kita", NOW)).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("answer.item.unknown");
    }

    @Test
    void anOverlongCommentIsRefusedWithItsItemNumber() {
        String tooLong = "あ".repeat(Rating.MAX_COMMENT_LENGTH + 1);
        assertThatThrownBy(() -> response.apply(instrument, List.of(answer(4, Level.WELL, tooLong)), "ward-kita", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("answer.comment.tooLong");
                    assertThat(e.arguments()).containsExactly(4, Rating.MAX_COMMENT_LENGTH);
                });
        assertThat(response.getRatings()).isEmpty();
    }

    private static AnswerInput answer(int itemNo, Level level, String comment) {
        return new AnswerInput(InMemorySurvey.itemId(itemNo), level, comment);
    }
}
