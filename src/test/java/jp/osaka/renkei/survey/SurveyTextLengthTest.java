package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property tests of the survey's typed texts, without Spring: an item's label and a new partner's names
 * (VARCHAR(100) / VARCHAR(150)), an answer's comment and a reopening reason (VARCHAR(500)). Up to the limit in
 * characters anything is kept intact; over it, the message names the field and nothing changes.
 */
class SurveyTextLengthTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final int TRIES = 100;

    private final Round round = InMemorySurvey.openRound();
    private final Instrument instrument = InMemorySurvey.instrument(round, RespondentType.WARD_OFFICE, 12);
    private final Response response = new Response(round, 1, RespondentType.WARD_OFFICE, "ward-kita", NOW);
    private final InstrumentItem item = instrument.allItems().getFirst();

    @ParameterizedTest
    @LimitedTexts(limit = InstrumentItem.MAX_LABEL_JA, count = TRIES)
    void anItemLabelUpToOneHundredCharactersIsKeptIntact(String label) {
        item.relabel(label, "Label");

        assertThat(item.getLabel().ja()).isEqualTo(label);
        assertThat(InstrumentItem.checkJa(label)).as("a new partner's name").isEqualTo(label);
    }

    @ParameterizedTest
    @LimitedTexts(limit = InstrumentItem.MAX_LABEL_JA, over = true, count = TRIES)
    void aLongerItemLabelIsRefusedWithTheMessageAndTheItemKeepsItsLabel(String label) {
        item.relabel("地域包括支援センター", "Community support centre");

        LimitedText.refused(() -> item.relabel(label, "New"), "instrument.labelJa.tooLong", 100);
        LimitedText.refused(() -> InstrumentItem.checkJa(label), "instrument.labelJa.tooLong", 100);
        assertThat(item.getLabel().ja()).isEqualTo("地域包括支援センター");
        assertThat(item.getLabel().en()).isEqualTo("Community support centre");
    }

    @ParameterizedTest
    @LimitedTexts(limit = InstrumentItem.MAX_LABEL_EN, count = TRIES)
    void anEnglishItemLabelUpToOneHundredFiftyCharactersIsKeptIntact(String label) {
        item.relabel("ラベル", label);

        assertThat(item.getLabel().en()).isEqualTo(label);
    }

    @ParameterizedTest
    @LimitedTexts(limit = InstrumentItem.MAX_LABEL_EN, over = true, count = TRIES)
    void aLongerEnglishItemLabelIsRefusedWithTheMessage(String label) {
        LimitedText.refused(() -> item.relabel("ラベル", label), "instrument.labelEn.tooLong", 150);
        LimitedText.refused(() -> InstrumentItem.checkEn(label), "instrument.labelEn.tooLong", 150);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Rating.MAX_COMMENT_LENGTH, count = TRIES)
    void aCommentUpToFiveHundredCharactersIsKeptIntact(String comment) {
        response.apply(instrument, List.of(new AnswerInput(InMemorySurvey.itemId(1), Level.WELL, comment)),
                "ward-kita", NOW);

        assertThat(response.getRatings()).extracting(Rating::getComment).containsExactly(comment);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Rating.MAX_COMMENT_LENGTH, over = true, count = TRIES)
    void aLongerCommentIsRefusedWithTheMessageAndNothingIsAnswered(String comment) {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(jp.osaka.renkei.base.DomainException.class,
                () -> response.apply(instrument, List.of(new AnswerInput(InMemorySurvey.itemId(1), Level.WELL,
                        comment)), "ward-kita", NOW)).messageKey()).isEqualTo("answer.comment.tooLong");
        assertThat(response.getRatings()).isEmpty();
    }

    @ParameterizedTest
    @LimitedTexts(limit = Rating.MAX_COMMENT_LENGTH, count = TRIES)
    void aReopeningReasonUpToFiveHundredCharactersIsKeptIntact(String reason) {
        submitted();

        assertThat(response.reopen(reason, "admin", NOW).note()).isEqualTo(reason);
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.DRAFT);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Rating.MAX_COMMENT_LENGTH, over = true, count = TRIES)
    void aLongerReopeningReasonIsRefusedWithTheMessageAndTheResponseStaysSubmitted(String reason) {
        submitted();

        LimitedText.refused(() -> response.reopen(reason, "admin", NOW), "answer.reopen.reasonTooLong", 500);
        assertThat(response.getStatus()).isEqualTo(ResponseStatus.SUBMITTED);
    }

    private void submitted() {
        response.apply(instrument, IntStream.rangeClosed(1, 12).mapToObj(no -> new AnswerInput(
                InMemorySurvey.itemId(no), Level.WELL, null)).toList(), "ward-kita", NOW);
        response.submit(instrument, "ward-kita", NOW);
    }
}
