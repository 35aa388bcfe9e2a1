package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/** 新しい調査回: the fiscal year and the round to compare with; the instruments are copied from that round. */
class CreateRoundDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final Select<@Nullable RoundSummary> comparison = new Select<>();

    CreateRoundDialog(List<RoundSummary> existing, BiConsumer<Integer, @Nullable Integer> create) {
        setHeaderTitle(getTranslation("rounds.create"));
        setId("create-round-dialog");
        int latest = existing.stream().mapToInt(RoundSummary::fiscalYear).max().orElse(LocalDate.now().getYear() - 1);
        year.setLabel(getTranslation("rounds.year"));
        year.setValue(latest + 1);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        year.setHelperText(getTranslation("rounds.year.helper"));
        year.addValueChangeListener(e -> year.setHelperText(e.getValue() == null ? ""
                : FiscalYears.format(e.getValue(), getLocale())));
        year.setId("round-year");

        comparison.setLabel(getTranslation("rounds.comparison"));
        comparison.setItems(existing);
        comparison.setEmptySelectionAllowed(true);
        comparison.setEmptySelectionCaption(getTranslation("rounds.comparison.none"));
        comparison.setItemLabelGenerator(r -> r == null ? getTranslation("rounds.comparison.none")
                : FiscalYears.format(r.fiscalYear(), getLocale()));
        existing.stream().findFirst().ifPresent(comparison::setValue);
        comparison.setId("round-comparison");

        Button ok = new Button(getTranslation("rounds.create.ok"), e -> {
            if (year.isEmpty() || year.isInvalid()) {
                year.setInvalid(true);
                year.setErrorMessage(getTranslation("rounds.year.invalid"));
                return;
            }
            create.accept(year.getValue(), Optional.ofNullable(comparison.getValue())
                    .map(RoundSummary::fiscalYear).orElse(null));
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("create-round-ok");
        Button cancel = new Button(getTranslation("answer.confirm.cancel"), e -> close());
        add(new Paragraph(getTranslation("rounds.create.help")), year, comparison);
        getFooter().add(cancel, ok);
    }
}
