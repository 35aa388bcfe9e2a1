package jp.osaka.renkei.mail.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.mail.MailFilter;
import jp.osaka.renkei.mail.MailKind;
import jp.osaka.renkei.mail.MailStatus;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;

/** 送信履歴's filters: one chip per status with its count (and すべて), the kind, the ward and a search text. */
class MailFilterBar extends Composite<VerticalLayout> {

    /** The chips by status; the key null is すべて. */
    private final Map<Optional<MailStatus>, Button> chips = new LinkedHashMap<>();
    private final Select<MailKind> kind = new Select<>();
    private final ComboBox<Ward> ward = new ComboBox<>();
    private final TextField text = new TextField();
    private final Runnable onChange;
    private @Nullable MailStatus status;

    MailFilterBar(List<Ward> wards, Runnable onChange) {
        this.onChange = onChange;
        HorizontalLayout chipRow = new HorizontalLayout();
        chipRow.setWrap(true);
        chipRow.addClassName("mail-status-chips");
        chip(chipRow, null);
        Arrays.stream(MailStatus.values()).forEach(s -> chip(chipRow, s));

        kind.setLabel(getTranslation("mail.history.kind"));
        kind.setItems(MailKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("mail.history.anyKind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("mail.history.anyKind")
                : getTranslation(k.messageKey()));
        kind.setId("mail-kind");
        ward.setLabel(getTranslation("mail.history.ward"));
        ward.setPlaceholder(getTranslation("mail.history.anyWard"));
        ward.setItems(wards);
        ward.setItemLabelGenerator(w -> w.getName().get(getLocale()));
        ward.setClearButtonVisible(true);
        ward.setId("mail-ward");
        text.setLabel(getTranslation("mail.history.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("mail-search");
        kind.addValueChangeListener(e -> onChange.run());
        ward.addValueChangeListener(e -> onChange.run());
        text.addValueChangeListener(e -> onChange.run());

        HorizontalLayout fields = new HorizontalLayout(kind, ward, text);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        getContent().setPadding(false);
        getContent().add(chipRow, fields);
    }

    private void chip(HorizontalLayout row, @Nullable MailStatus chipStatus) {
        Button chip = new Button("", e -> {
            status = chipStatus;
            onChange.run();
        });
        chip.setId("mail-status-" + (chipStatus == null ? "all" : chipStatus.name()));
        chips.put(Optional.ofNullable(chipStatus), chip);
        row.add(chip);
    }

    /** The filter as chosen; the status is the chip's. */
    MailFilter value() {
        Ward chosen = ward.getValue();
        return new MailFilter(status, kind.getValue(), chosen == null ? null : chosen.getId(), text.getValue());
    }

    /** Writes each status's count on its chip (すべて: their sum) and marks the chosen one. */
    void showCounts(Map<MailStatus, Long> counts) {
        chips.forEach((chipStatus, chip) -> {
            long count = chipStatus.map(counts::get)
                    .orElseGet(() -> counts.values().stream().mapToLong(Long::longValue).sum());
            String label = chipStatus.map(s -> getTranslation(s.messageKey()))
                    .orElseGet(() -> getTranslation("mail.history.all"));
            chip.setText(getTranslation("mail.history.chip", label, count));
            boolean chosen = chipStatus.orElse(null) == status;
            chip.removeThemeVariants(ButtonVariant.PRIMARY);
            if (chosen) {
                chip.addThemeVariants(ButtonVariant.PRIMARY);
            }
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
        });
    }
}
