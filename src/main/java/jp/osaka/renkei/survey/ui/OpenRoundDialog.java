package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;
import java.util.function.Consumer;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.DatePickers;
import jp.osaka.renkei.survey.RoundSummary;

/** 回答受付開始: the deadline that wards see on ホーム. */
class OpenRoundDialog extends Dialog {

    OpenRoundDialog(RoundSummary round, Consumer<LocalDate> open) {
        setHeaderTitle(getTranslation("rounds.open.title", FiscalYears.format(round.fiscalYear(), getLocale())));
        setId("open-round-dialog");
        LocalDate today = LocalDate.now(DateFormats.ZONE);
        DatePicker deadline = DatePickers.create(getTranslation("rounds.deadline"));
        deadline.setMin(today);
        deadline.setValue(today.plusWeeks(4));
        deadline.setRequiredIndicatorVisible(true);
        deadline.setId("round-deadline");
        Button ok = new Button(getTranslation("rounds.open"), e -> {
            if (deadline.isEmpty() || deadline.isInvalid()) {
                deadline.setInvalid(true);
                deadline.setErrorMessage(getTranslation("round.deadline.past"));
                return;
            }
            open.accept(deadline.getValue());
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("open-round-ok");
        add(new Paragraph(getTranslation("rounds.open.help")), deadline);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }
}
