package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import jp.osaka.renkei.base.DomainException;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Every action from every state: allowed exactly where the lifecycle says, refused everywhere else. */
    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyStateAndAction")
    void everyTransitionIsAllowedOnlyFromItsOwnState(RoundStatus from, Action action) {
        Round round = roundIn(from);
        if (action.allowedFrom == from) {
            action.apply(round);
            assertThat(round.getStatus()).isEqualTo(action.to);
        } else {
            assertIllegal(() -> action.apply(round));
            assertThat(round.getStatus()).isEqualTo(from);
        }
    }

    /** The round's actions, with the one state each may start from and the state it leads to. */
    enum Action {
        OPEN(RoundStatus.DRAFT, RoundStatus.OPEN),
        MARK_AS_PAST(RoundStatus.DRAFT, RoundStatus.CLOSED),
        CLOSE(RoundStatus.OPEN, RoundStatus.CLOSED),
        PUBLISH(RoundStatus.CLOSED, RoundStatus.PUBLISHED);

        final RoundStatus allowedFrom;
        final RoundStatus to;

        Action(RoundStatus allowedFrom, RoundStatus to) {
            this.allowedFrom = allowedFrom;
            this.to = to;
        }

        void apply(Round round) {
            switch (this) {
                case OPEN -> round.open(TODAY.plusDays(7), TODAY);
                case MARK_AS_PAST -> round.markAsPast();
                case CLOSE -> round.close();
                case PUBLISH -> round.publish();
            }
        }
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(RoundStatus.values())
                .flatMap(from -> Stream.of(Action.values()).map(action -> Arguments.of(from, action)));
    }

    private static Round roundIn(RoundStatus status) {
        Round round = new Round(2025, null, Instant.EPOCH);
        switch (status) {
            case DRAFT -> { }
            case OPEN -> round.open(TODAY, TODAY);
            case CLOSED -> round.markAsPast();
            case PUBLISHED -> {
                round.markAsPast();
                round.publish();
            }
        }
        assertThat(round.getStatus()).isEqualTo(status);
        return round;
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
