package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.function.Consumer;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * The round (and the comparison round) of a results screen; a change becomes a new selection. Combo boxes,
 * not selects: a select keeps an element per round in every open page, and a national-scale installation
 * has twenty rounds (docs/performance.md measured the session memory); a combo box sends the list when it is opened.
 * An empty comparison box compares with nothing (its placeholder says so; the clear button empties it).
 */
class RoundPicker extends Composite<HorizontalLayout> {

    private final List<RoundSummary> visible;
    private final ComboBox<RoundSummary> round = new ComboBox<>();
    private final ComboBox<RoundSummary> comparison = new ComboBox<>();
    private @Nullable ResultsSelection current;

    RoundPicker(List<RoundSummary> visible, Consumer<ResultsSelection> onChange) {
        this(visible, onChange, true);
    }

    /** Without the comparison round, for screens of one round alone. */
    RoundPicker(List<RoundSummary> visible, Consumer<ResultsSelection> onChange, boolean withComparison) {
        this.visible = visible;
        round.setLabel(getTranslation("results.round"));
        round.setItems(visible);
        round.setItemLabelGenerator(r -> FiscalYears.format(r.fiscalYear(), getLocale()));
        round.setAllowCustomValue(false);
        round.setId("results-round");
        round.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null) {
                // emptying the round box puts the shown round back: a results screen always shows one
                if (e.getValue() == null) {
                    round.setValue(current.round());
                } else {
                    onChange.accept(current.withRound(e.getValue(), visible));
                }
            }
        });
        comparison.setLabel(getTranslation("results.comparison"));
        comparison.setPlaceholder(getTranslation("results.comparison.none"));
        comparison.setClearButtonVisible(true);
        comparison.setItemLabelGenerator(r -> FiscalYears.format(r.fiscalYear(), getLocale()));
        comparison.setAllowCustomValue(false);
        comparison.setId("results-comparison");
        comparison.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null) {
                onChange.accept(current.withComparison(e.getValue()));
            }
        });
        comparison.setVisible(withComparison);
        getContent().addClassName("round-picker");
        getContent().add(round, comparison);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    void select(ResultsSelection selection) {
        current = selection;
        round.setValue(selection.round());
        // a round is not compared with itself
        comparison.setItems(visible.stream().filter(r -> r.fiscalYear() != selection.round().fiscalYear()).toList());
        comparison.setValue(selection.comparison());
    }
}
