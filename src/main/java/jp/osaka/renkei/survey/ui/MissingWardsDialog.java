package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.WardStatusRow;

/** 未提出の区: the list of wards that have not submitted (差し戻し中 among them), as text to paste into an e-mail. */
class MissingWardsDialog extends Dialog {

    MissingWardsDialog(RoundSummary round, List<WardStatusRow> rows) {
        setHeaderTitle(getTranslation("status.missing.title"));
        setId("missing-wards-dialog");
        TextArea text = new TextArea();
        text.setValue(text(round, rows));
        text.setReadOnly(true);
        text.setWidth("32rem");
        text.setId("missing-wards");
        Button copy = new Button(getTranslation("status.missing.copy"), VaadinIcon.COPY.create(), e -> {
            text.getElement().executeJs("navigator.clipboard.writeText($0)", text.getValue());
            Notifications.success(getTranslation("status.missing.copied"));
        });
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.setId("copy-missing");
        add(text);
        getFooter().add(new Button(getTranslation("error.close"), e -> close()), copy);
    }

    private String text(RoundSummary round, List<WardStatusRow> rows) {
        StringBuilder text = new StringBuilder(getTranslation("round.title",
                FiscalYears.format(round.fiscalYear(), getLocale()))).append('\n');
        for (RespondentType type : RespondentType.values()) {
            List<String> missing = rows.stream()
                    .filter(row -> row.status(type).status() != ResponseStatus.SUBMITTED)
                    .map(row -> name(row, type)).toList();
            text.append(getTranslation("status.missing.line", getTranslation(type.messageKey()), missing.size(),
                    missing.isEmpty() ? getTranslation("status.missing.none")
                            : missing.stream().collect(Collectors.joining(getTranslation("status.missing.separator")))))
                    .append('\n');
        }
        return text.toString();
    }

    /** A ward sent back is not submitted either, but the bureau should see that it is waiting on a correction. */
    private String name(WardStatusRow row, RespondentType type) {
        String name = row.wardName().get(getLocale());
        return row.status(type).sentBack() == null ? name : getTranslation("status.missing.sentBack", name);
    }
}
