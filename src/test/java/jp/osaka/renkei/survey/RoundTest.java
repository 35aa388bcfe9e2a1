package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;

class RoundTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aRoundGoesFromDraftToOpenToClosedToPublished() {
        Round round = new Round(2025, null, Instant.EPOCH);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.DRAFT);
        assertThat(round.acceptsAnswers()).isFalse();

        round.open(TODAY.plusDays(14), TODAY);
        assertThat(round.getStatus()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.getDeadline()).isEqualTo(TODAY.plusDays(14));
        assertThat(round.acceptsAnswers()).isTrue();

        round.close();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.CLOSED);
        assertThat(round.acceptsAnswers()).isFalse();

        round.publish();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.PUBLISHED);
    }

    @Test
    void aRoundCannotOpenWithADeadlineInThePast() {
        Round round = new Round(2025, null, Instant.EPOCH);
        assertThatThrownBy(() -> round.open(TODAY.minusDays(1), TODAY))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("round.deadline.past");
        assertThat(round.getStatus()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Round draft = new Round(2025, null, Instant.EPOCH);
        assertIllegal(draft::close);
        assertIllegal(draft::publish);

        Round open = new Round(2024, null, Instant.EPOCH);
        open.open(TODAY, TODAY);
        assertIllegal(open::publish);
        assertIllegal(() -> open.open(TODAY, TODAY));

        Round published = new Round(2023, null, Instant.EPOCH);
        published.markAsPast();
        published.publish();
        assertIllegal(published::close);
        assertIllegal(published::markAsPast);
    }

    @Test
    void aPastSurveyIsClosedAtOnce() {
        Round round = new Round(2017, null, Instant.EPOCH);
        round.markAsPast();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void theComparisonRoundMustBeEarlier() {
        Round earlier = new Round(2021, null, Instant.EPOCH);
        assertThat(new Round(2025, earlier, Instant.EPOCH).getComparisonRound()).isSameAs(earlier);
        assertThatThrownBy(() -> new Round(2021, earlier, Instant.EPOCH)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("round.comparison.notEarlier");
    }

    private static void assertIllegal(Runnable transition) {
        assertThatThrownBy(transition::run).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("round.transition.illegal");
    }
}
