package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A published round's counts are counted once and then kept (they cannot change any more); those of a round
 * that can still change are counted on every call. On the demo data: 2017 and 2021 published, 2025 open.
 */
@DemoDataTest
class KeptResultsTest {

    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("viewer")
    void aPublishedRoundAgainstAPublishedRoundIsCountedOnce() {
        InstrumentResults first = results.instrument(2021, 2017, RespondentType.WARD_OFFICE);

        assertThat(results.instrument(2021, 2017, RespondentType.WARD_OFFICE)).isSameAs(first);
        assertThat(results.instrument(2021, null, RespondentType.WARD_OFFICE)).isNotSameAs(first)
                .isSameAs(results.instrument(2021, null, RespondentType.WARD_OFFICE));
        assertThat(results.mutualDisagreeing(2021)).isEqualTo(results.mutualPairs(2021).disagreeing());
    }

    @Test
    @WithUserDetails("admin")
    void anOpenRoundIsCountedOnEveryCall() {
        InstrumentResults first = results.instrument(2025, 2021, RespondentType.WARD_OFFICE);
        InstrumentResults second = results.instrument(2025, 2021, RespondentType.WARD_OFFICE);

        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(results.instrument(2021, 2017, RespondentType.WARD_OFFICE))
                .isSameAs(results.instrument(2021, 2017, RespondentType.WARD_OFFICE));
    }
}
