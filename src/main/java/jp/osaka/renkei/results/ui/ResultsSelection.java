package jp.osaka.renkei.results.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * What a results screen shows, held in its URL so that a view can be bookmarked and shared:
 * {@code ?round=2021&compare=2017&type=ward-office}; {@code compare=none} compares with nothing, {@code tables=1}
 * shows the numbers of every chart as a table too. Missing or unknown values fall back to the newest visible
 * round and its own comparison round.
 */
record ResultsSelection(RoundSummary round, @Nullable RoundSummary comparison, RespondentType type, boolean tables) {

    static final String NONE = "none";

    static Optional<ResultsSelection> from(QueryParameters query, List<RoundSummary> visible) {
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        RoundSummary round = find(visible, query.getSingleParameter("round").orElse("")).orElse(visible.get(0));
        String compare = query.getSingleParameter("compare").orElse("");
        RoundSummary comparison = compare.equals(NONE) ? null
                : find(visible, compare).filter(other -> other.fiscalYear() != round.fiscalYear())
                        .or(() -> round.comparisonFiscalYear() == null ? Optional.empty()
                                : find(visible, Integer.toString(round.comparisonFiscalYear())))
                        .orElse(null);
        RespondentType type = RespondentType.fromSlug(query.getSingleParameter("type").orElse(""))
                .orElse(RespondentType.WARD_OFFICE);
        boolean tables = query.getSingleParameter("tables").filter("1"::equals).isPresent();
        return Optional.of(new ResultsSelection(round, comparison, type, tables));
    }

    @Nullable Integer comparisonYear() {
        return comparison == null ? null : comparison.fiscalYear();
    }

    ResultsSelection withRound(RoundSummary newRound, List<RoundSummary> visible) {
        // a new round brings its own comparison round, as the bureau compares them
        RoundSummary newComparison = newRound.comparisonFiscalYear() == null ? null
                : find(visible, Integer.toString(newRound.comparisonFiscalYear())).orElse(null);
        return new ResultsSelection(newRound, newComparison, type, tables);
    }

    ResultsSelection withComparison(@Nullable RoundSummary newComparison) {
        return new ResultsSelection(round, newComparison, type, tables);
    }

    ResultsSelection withType(RespondentType newType) {
        return new ResultsSelection(round, comparison, newType, tables);
    }

    ResultsSelection withTables(boolean shown) {
        return new ResultsSelection(round, comparison, type, shown);
    }

    QueryParameters toQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("round", Integer.toString(round.fiscalYear()));
        parameters.put("compare", comparison == null ? NONE : Integer.toString(comparison.fiscalYear()));
        parameters.put("type", type.slug());
        if (tables) {
            parameters.put("tables", "1");
        }
        return QueryParameters.simple(parameters);
    }

    private static Optional<RoundSummary> find(List<RoundSummary> rounds, String year) {
        return rounds.stream().filter(round -> Integer.toString(round.fiscalYear()).equals(year)).findFirst();
    }
}
