package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.List;

import jp.osaka.renkei.results.findings.FindingRules;
import jp.osaka.renkei.results.findings.FindingWriter;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;

/** Findings of rounds that cannot change any more are made once; those of a round that still can, every time. */
class FindingGeneratorTest {

    private final ResultsService results = mock(ResultsService.class);
    private final FindingRules rules = mock(FindingRules.class);
    private final FindingGenerator generator = new FindingGenerator(results, rules, mock(FindingWriter.class),
            new KeptResults(new SimpleMeterRegistry(), 100));

    @Test
    void aPublishedRoundComparedWithAPublishedRoundIsMadeOnce() {
        RoundSummary earlier = round(1, 2017, RoundStatus.PUBLISHED, null);
        RoundSummary round = round(2, 2021, RoundStatus.PUBLISHED, 2017);
        answer(List.of(earlier, round));

        generator.generate(round, RespondentType.WARD_OFFICE);
        generator.generate(round, RespondentType.WARD_OFFICE);
        generator.generate(round, RespondentType.SUPPORT_ROOM);

        verify(results, times(1)).instrument(2021, 2017, RespondentType.WARD_OFFICE);
        verify(results, times(1)).instrument(2021, 2017, RespondentType.SUPPORT_ROOM);
    }

    @Test
    void aRoundThatCanStillChangeOrItsComparisonAreReadEveryTime() {
        RoundSummary closedEarlier = round(1, 2017, RoundStatus.CLOSED, null);
        RoundSummary published = round(2, 2021, RoundStatus.PUBLISHED, 2017);
        RoundSummary open = round(3, 2025, RoundStatus.OPEN, 2021);
        answer(List.of(closedEarlier, published, open));

        generator.generate(published, RespondentType.WARD_OFFICE);
        generator.generate(published, RespondentType.WARD_OFFICE);
        generator.generate(open, RespondentType.WARD_OFFICE);
        generator.generate(open, RespondentType.WARD_OFFICE);

        verify(results, times(2)).instrument(2021, 2017, RespondentType.WARD_OFFICE);
        verify(results, times(2)).instrument(2025, 2021, RespondentType.WARD_OFFICE);
    }

    @Test
    void aComparisonRoundTheUserMayNotSeeIsLeftOutAndKeptApart() {
        RoundSummary round = round(2, 2021, RoundStatus.PUBLISHED, 2017);
        answer(List.of(round)); // 2017 not visible to this user

        generator.generate(round, RespondentType.WARD_OFFICE);
        answer(List.of(round(1, 2017, RoundStatus.PUBLISHED, null), round));
        generator.generate(round, RespondentType.WARD_OFFICE);

        verify(results, times(1)).instrument(2021, null, RespondentType.WARD_OFFICE);
        verify(results, times(1)).instrument(2021, 2017, RespondentType.WARD_OFFICE);
    }

    private void answer(List<RoundSummary> visible) {
        when(results.rounds()).thenReturn(visible);
        when(results.instrument(anyInt(), any(), any())).thenAnswer(call -> new InstrumentResults(
                round(9, call.getArgument(0), RoundStatus.PUBLISHED, null), null, call.getArgument(2), 24, 24, 0,
                List.of()));
        when(rules.apply(any())).thenReturn(List.of());
    }

    private static RoundSummary round(long id, int year, RoundStatus status, Integer comparison) {
        return new RoundSummary(id, year, status, null, comparison);
    }
}
