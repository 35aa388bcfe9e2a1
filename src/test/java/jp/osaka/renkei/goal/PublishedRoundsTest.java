package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;

/** A published round's results are read once however often the KPIs ask, and only the parts they ask for. */
class PublishedRoundsTest {

    private final List<String> reads = new ArrayList<>();
    private final PublishedRounds kept = new PublishedRounds((year, type) -> {
        reads.add(year + " " + type);
        return new InstrumentResults(round(9, year, RoundStatus.PUBLISHED), null, type, 24, 24, 0, List.of());
    }, year -> {
        reads.add(year + " pairs");
        return 3;
    });

    @Test
    void aPublishedRoundIsReadOncePerPart() {
        RoundSummary r2021 = round(2, 2021, RoundStatus.PUBLISHED);

        kept.of(r2021).instrument(RespondentType.WARD_OFFICE);
        kept.of(r2021).instrument(RespondentType.WARD_OFFICE);
        assertThat(kept.of(r2021).mutualDisagreeing()).isEqualTo(3);
        kept.of(r2021).mutualDisagreeing();
        kept.of(round(1, 2017, RoundStatus.PUBLISHED)).instrument(RespondentType.SUPPORT_ROOM);

        assertThat(reads).containsExactly("2021 WARD_OFFICE", "2021 pairs", "2017 SUPPORT_ROOM");
    }

    @Test
    void aRoundThatCanStillChangeIsNotKept() {
        for (RoundStatus status : List.of(RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED)) {
            assertThatThrownBy(() -> kept.of(round(3, 2025, status))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(reads).isEmpty();
    }

    private static RoundSummary round(long id, int fiscalYear, RoundStatus status) {
        return new RoundSummary(id, fiscalYear, status, null, null);
    }
}
