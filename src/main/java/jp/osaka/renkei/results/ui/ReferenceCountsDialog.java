package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.ReferenceSurvey;
import jp.osaka.renkei.survey.Level;

/** Enters the reference survey's counts of a round: facilities per level for each facility type. */
class ReferenceCountsDialog extends Dialog {

    private final Map<FacilityType, Map<Level, IntegerField>> fields = new EnumMap<>(FacilityType.class);

    ReferenceCountsDialog(ReferenceSurvey current, Consumer<Map<FacilityType, Map<Level, Integer>>> onSave) {
        setHeaderTitle(getTranslation("reference.edit.title", FiscalYears.format(current.round().fiscalYear(), getLocale())));
        Div grid = new Div();
        grid.addClassName("reference-form");
        grid.add(new Span());
        for (Level level : Level.values()) {
            grid.add(new Span(getTranslation("level.short." + level.name())));
        }
        for (FacilityType type : FacilityType.values()) {
            grid.add(new Span(getTranslation(type.messageKey())));
            Map<Level, IntegerField> row = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                IntegerField field = new IntegerField();
                field.setMin(0);
                field.setMax(100_000);
                field.setValue(current.byType().get(type).count(level));
                field.setAriaLabel(getTranslation(type.messageKey()) + " " + getTranslation(level.messageKey()));
                field.setErrorMessage(getTranslation("reference.negative"));
                field.setId("reference-" + type.name() + "-" + level.name());
                row.put(level, field);
                grid.add(field);
            }
            fields.put(type, row);
        }
        add(grid);
        Button save = new Button(getTranslation("reference.save"), e -> save(onSave));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("reference-save");
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), save);
        setWidth("60rem");
    }

    private void save(Consumer<Map<FacilityType, Map<Level, Integer>>> onSave) {
        Map<FacilityType, Map<Level, Integer>> counts = new EnumMap<>(FacilityType.class);
        boolean valid = true;
        for (var type : fields.entrySet()) {
            Map<Level, Integer> levels = new EnumMap<>(Level.class);
            for (var field : type.getValue().entrySet()) {
                Integer value = field.getValue().getValue();
                boolean ok = !field.getValue().isInvalid() && (value == null || value >= 0);
                field.getValue().setInvalid(!ok);
                valid &= ok;
                levels.put(field.getKey(), value == null ? 0 : value);
            }
            counts.put(type.getKey(), levels);
        }
        if (!valid) {
            return;
        }
        try {
            onSave.accept(counts);
            Notifications.success(getTranslation("reference.saved"));
            close();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
