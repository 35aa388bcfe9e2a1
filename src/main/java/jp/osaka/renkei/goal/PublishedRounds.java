package jp.osaka.renkei.goal;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;

import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * The results of published rounds as the KPIs read them, each read from the database once per app instance.
 * A published round cannot change any more (公表 is the last state; answers, imports, entries on behalf and
 * items refuse a published round), so its counts can be kept: KPIs at national scale read 835,680 ratings
 * (0.6–0.9 s) on every visit of an administrator's ホーム before (issue 7). Every instance keeps its own copy,
 * which is right on each of them without any coordination because the data does not change.
 */
final class PublishedRounds {

    private final BiFunction<Integer, RespondentType, InstrumentResults> instrument;
    private final IntUnaryOperator mutualDisagreeing;
    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();

    /**
     * @param instrument a round's results of one instrument, without a comparison round
     * @param mutualDisagreeing a round's number of wards whose two respondents disagree
     */
    PublishedRounds(BiFunction<Integer, RespondentType, InstrumentResults> instrument,
            IntUnaryOperator mutualDisagreeing) {
        this.instrument = instrument;
        this.mutualDisagreeing = mutualDisagreeing;
    }

    /** The round's results, read when a KPI first asks; a round not yet published is refused. */
    KpiCalculator.RoundResults of(RoundSummary round) {
        if (round.status() != RoundStatus.PUBLISHED) {
            throw new IllegalArgumentException("only a published round's results are kept: " + round.fiscalYear());
        }
        return rounds.computeIfAbsent(round.id(), id -> new Round(round.fiscalYear()));
    }

    /** One round's results, each part read once and only if a KPI needs it. */
    private final class Round implements KpiCalculator.RoundResults {

        private final int fiscalYear;
        private final Map<RespondentType, InstrumentResults> instruments = new EnumMap<>(RespondentType.class);
        private @Nullable Integer disagreeing;

        Round(int fiscalYear) {
            this.fiscalYear = fiscalYear;
        }

        @Override
        public synchronized InstrumentResults instrument(RespondentType type) {
            return instruments.computeIfAbsent(type, t -> instrument.apply(fiscalYear, t));
        }

        @Override
        public synchronized int mutualDisagreeing() {
            if (disagreeing == null) {
                disagreeing = mutualDisagreeing.applyAsInt(fiscalYear);
            }
            return disagreeing;
        }
    }
}
