package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.Consumer;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.RoundSummary;

/** The round (and the comparison round) of a results screen; a change becomes a new selection. */
class RoundPicker extends Composite<HorizontalLayout> {

    private final Select<RoundSummary> round = new Select<>();
    private final Select<RoundSummary> comparison = new Select<>();
    private @org.jspecify.annotations.Nullable ResultsSelection current;

    RoundPicker(List<RoundSummary> visible, Consumer<ResultsSelection> onChange) {
        this(visible, onChange, true);
    }

    /** Without the comparison round, for screens of one round alone. */
    RoundPicker(List<RoundSummary> visible, Consumer<ResultsSelection> onChange, boolean withComparison) {
        round.setLabel(getTranslation("results.round"));
        round.setItems(visible);
        round.setItemLabelGenerator(r -> FiscalYears.format(r.fiscalYear(), getLocale()));
        round.setId("results-round");
        round.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && current != null) {
                onChange.accept(current.withRound(e.getValue(), visible));
            }
        });
        comparison.setLabel(getTranslation("results.comparison"));
        comparison.setItems(visible);
        comparison.setEmptySelectionAllowed(true);
        comparison.setEmptySelectionCaption(getTranslation("results.comparison.none"));
        comparison.setItemLabelGenerator(r -> r == null ? getTranslation("results.comparison.none")
                : FiscalYears.format(r.fiscalYear(), getLocale()));
        comparison.setId("results-comparison");
        comparison.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null) {
                onChange.accept(current.withComparison(e.getValue()));
            }
        });
        comparison.setVisible(withComparison);
        getContent().add(round, comparison);
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    }

    void select(ResultsSelection selection) {
        current = selection;
        round.setValue(selection.round());
        comparison.setValue(selection.comparison());
        comparison.setItemEnabledProvider(r -> r == null || r.fiscalYear() != selection.round().fiscalYear());
    }
}
