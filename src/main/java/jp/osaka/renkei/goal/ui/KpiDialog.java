package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.goal.KpiDefinition;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiKind;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/** Defines a KPI of a goal (administrators): what it counts, from which round, to what by when. */
class KpiDialog extends Dialog {

    private final TextField nameJa = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<KpiKind> kind = new Select<>();
    private final Select<RespondentType> respondent = new Select<>();
    private final MultiSelectComboBox<PartnerSummary> partners = new MultiSelectComboBox<>();
    private final CheckboxGroup<Level> levels = new CheckboxGroup<>();
    private final Select<Integer> baseline = new Select<>();
    private final NumberField target = new NumberField();
    private final IntegerField targetYear = new IntegerField();
    private final Checkbox fewerIsBetter = new Checkbox();

    KpiDialog(long goalId, @Nullable KpiResult existing, KpiService kpis, List<PartnerSummary> allPartners,
            List<Integer> roundYears, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "kpi.add" : "kpi.edit"));
        nameJa.setLabel(getTranslation("kpi.field.nameJa"));
        nameJa.setRequiredIndicatorVisible(true);
        nameJa.setMaxLength(KpiForm.MAX_NAME_JA);
        nameJa.setId("kpi-name-ja");
        nameEn.setLabel(getTranslation("kpi.field.nameEn"));
        nameEn.setMaxLength(KpiForm.MAX_NAME_EN);
        kind.setLabel(getTranslation("kpi.field.kind"));
        kind.setItems(KpiKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("kpi-kind");
        respondent.setLabel(getTranslation("results.instrument"));
        respondent.setItems(RespondentType.values());
        respondent.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        partners.setLabel(getTranslation("kpi.field.partners"));
        partners.setItems(allPartners);
        partners.setItemLabelGenerator(p -> p.name().get(getLocale()));
        partners.setId("kpi-partners");
        levels.setLabel(getTranslation("kpi.field.levels"));
        levels.setItems(Level.values());
        levels.setItemLabelGenerator(level -> getTranslation(level.messageKey()));
        baseline.setLabel(getTranslation("kpi.field.baseline"));
        baseline.setItems(roundYears);
        baseline.setItemLabelGenerator(year -> FiscalYears.format(year, getLocale()));
        target.setLabel(getTranslation("kpi.field.target"));
        target.setMin(0);
        target.setStep(0.1);
        target.setId("kpi-target");
        targetYear.setLabel(getTranslation("kpi.field.targetYear"));
        targetYear.setMin(2000);
        targetYear.setMax(2100);
        targetYear.setId("kpi-target-year");
        fewerIsBetter.setLabel(getTranslation("kpi.field.fewerIsBetter"));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        fill(existing, allPartners, roundYears);
        FormLayout form = new FormLayout(nameJa, nameEn, kind, respondent, partners, levels, baseline, target, targetYear,
                fewerIsBetter);
        form.setColspan(nameJa, 2);
        form.setColspan(nameEn, 2);
        form.setColspan(kind, 2);
        form.setColspan(partners, 2);
        form.setColspan(levels, 2);
        add(form);
        Button save = new Button(getTranslation("kpi.save"), e -> save(goalId, existing, kpis, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("kpi-save");
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()));
        if (existing != null) {
            Button delete = new Button(getTranslation("kpi.delete"), e -> confirmDelete(existing, kpis, onSaved));
            delete.addThemeVariants(ButtonVariant.ERROR);
            delete.setId("kpi-delete");
            getFooter().add(delete);
        }
        getFooter().add(save);
        setWidth("44rem");
    }

    private void fill(@Nullable KpiResult existing, List<PartnerSummary> allPartners, List<Integer> roundYears) {
        if (existing == null) {
            kind.setValue(KpiKind.WARDS_AT_LEVELS);
            respondent.setValue(RespondentType.WARD_OFFICE);
            levels.setValue(Set.of(Level.VERY_WELL));
            roundYears.stream().min(Integer::compare).ifPresent(baseline::setValue);
            return;
        }
        KpiDefinition definition = existing.definition();
        nameJa.setValue(existing.name().ja());
        nameEn.setValue(existing.name().en());
        kind.setValue(definition.kind());
        respondent.setValue(definition.respondentType());
        partners.setValue(allPartners.stream().filter(p -> definition.partnerIds().contains(p.id()))
                .collect(Collectors.toSet()));
        levels.setValue(definition.levels());
        baseline.setValue(definition.baselineYear());
        target.setValue(definition.target());
        targetYear.setValue(definition.targetYear());
        fewerIsBetter.setValue(definition.fewerIsBetter());
    }

    private void showFieldsOf(@Nullable KpiKind chosen) {
        boolean items = chosen != null && chosen.needsItems();
        respondent.setVisible(items);
        partners.setVisible(items);
        levels.setVisible(chosen == KpiKind.WARDS_AT_LEVELS || chosen == KpiKind.SHARE_AT_LEVELS);
    }

    private void save(long goalId, @Nullable KpiResult existing, KpiService kpis, Runnable onSaved) {
        if (target.isInvalid() || target.getValue() == null || targetYear.getValue() == null || baseline.getValue() == null
                || kind.getValue() == null) {
            Notifications.error(getTranslation("kpi.incomplete"));
            return;
        }
        KpiDefinition definition = new KpiDefinition(kind.getValue(), respondent.getValue(),
                partners.getValue().stream().map(PartnerSummary::id).sorted().toList(), levels.getValue(),
                baseline.getValue(), target.getValue(), targetYear.getValue(), fewerIsBetter.getValue());
        KpiForm form = new KpiForm(nameJa.getValue(), nameEn.getValue(), definition);
        Runnable reload = () -> {
            close();
            onSaved.run();
        };
        if (StaleDialog.save("stale.what.kpi", () -> {
            if (existing == null) {
                kpis.create(goalId, form);
            } else {
                kpis.update(existing.id(), existing.version(), form);
            }
        }, reload)) {
            Notifications.success(getTranslation("kpi.saved"));
            reload.run();
        }
    }

    private void confirmDelete(KpiResult existing, KpiService kpis, Runnable onSaved) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("kpi.delete"),
                getTranslation("kpi.delete.confirm", existing.name().get(getLocale())), getTranslation("kpi.delete"),
                e -> {
                    Runnable reload = () -> {
                        close();
                        onSaved.run();
                    };
                    if (StaleDialog.save("stale.what.kpi", () -> kpis.delete(existing.id(), existing.version()),
                            reload)) {
                        reload.run();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("answer.confirm.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
