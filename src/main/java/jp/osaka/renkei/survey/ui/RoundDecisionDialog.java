package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.MissingResponse;
import jp.osaka.renkei.survey.MissingResponses;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * 締切 / 公表: names the wards that have not submitted, per respondent type, before the bureau decides;
 * with wards missing, the confirm button waits for an explicit tick.
 */
class RoundDecisionDialog extends Dialog {

    /**
     * @param key {@code rounds.close} or {@code rounds.publish}: the prefix of the dialog's texts
     */
    RoundDecisionDialog(String key, RoundSummary round, List<MissingResponses> missing, Runnable onConfirm) {
        setHeaderTitle(getTranslation(key + ".confirm.title"));
        setId("round-confirm");
        setWidth("36em");
        add(new Paragraph(getTranslation(key + ".confirm", FiscalYears.format(round.fiscalYear(), getLocale()))));
        boolean complete = missing.stream().allMatch(MissingResponses::complete);
        Button ok = new Button(getTranslation(complete ? "rounds.confirm.ok" : key + ".missing.ok"), e -> {
            close();
            onConfirm.run();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("round-confirm-ok");
        if (complete) {
            add(paragraph("round-missing-summary", getTranslation("rounds.missing.none")));
        } else {
            add(paragraph("round-missing-summary", getTranslation("rounds.missing.summary", missing.stream()
                    .map(m -> getTranslation("rounds.missing.count", getTranslation(m.type().messageKey()),
                            m.missing().size()))
                    .collect(Collectors.joining(getTranslation("rounds.missing.typeSeparator"))),
                    missing.getFirst().wards())));
            missing.stream().filter(m -> !m.complete()).forEach(m -> add(wards(m)));
            Checkbox checked = new Checkbox(getTranslation("rounds.missing.checked"));
            checked.setId("round-confirm-missing");
            ok.setEnabled(false);
            checked.addValueChangeListener(e -> ok.setEnabled(e.getValue()));
            add(checked);
        }
        Button cancel = new Button(getTranslation("answer.confirm.cancel"), e -> close());
        cancel.setId("round-confirm-cancel");
        getFooter().add(cancel, ok);
    }

    /** One respondent type's missing wards in ward order, each with its state, e.g. 北区（下書き）. */
    private Paragraph wards(MissingResponses type) {
        Span label = new Span(getTranslation("rounds.missing.type", getTranslation(type.type().messageKey())));
        label.getStyle().set("font-weight", "bold");
        Paragraph list = new Paragraph(label);
        String separator = getTranslation("rounds.missing.wardSeparator");
        for (MissingResponse ward : type.missing()) {
            if (list.getComponentCount() > 1) {
                list.add(new Text(separator));
            }
            Span name = new Span(ward(ward));
            // a ward's name and state stay on one line; the list wraps between wards only
            name.getStyle().set("white-space", "nowrap");
            list.add(name);
        }
        list.setId("round-missing-" + type.type().slug());
        return list;
    }

    private String ward(MissingResponse ward) {
        return getTranslation("rounds.missing.ward", ward.wardName().get(getLocale()),
                getTranslation(ward.state().messageKey()));
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
