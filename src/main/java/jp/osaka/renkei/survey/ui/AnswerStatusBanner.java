package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundStatus;

/** Above the form: the response's status, when it was last saved, and why it is read-only if it is. */
class AnswerStatusBanner extends Composite<Div> {

    AnswerStatusBanner(AnswerSheet sheet) {
        getContent().addClassName("answer-status");
        getContent().setId("answer-status");
        getContent().add(ResponseStatusBadge.of(sheet.status()));
        Span text = new Span(message(sheet));
        text.setId("answer-status-text");
        getContent().add(text);
    }

    /** Takes the focus (a screen reader reads the status out), though Tab does not stop here. */
    void focus() {
        getElement().setAttribute("tabindex", "-1");
        getElement().callJsFunction("focus");
    }

    private String message(AnswerSheet sheet) {
        if (sheet.status() == ResponseStatus.SUBMITTED && sheet.submittedAt() != null) {
            return getTranslation("answer.readOnly.submitted",
                    DateFormats.dateTime(sheet.submittedAt(), getLocale()), sheet.submittedBy());
        }
        if (sheet.round().status() != RoundStatus.OPEN) {
            return getTranslation("answer.readOnly.closed", getTranslation(sheet.round().status().messageKey()));
        }
        if (sheet.reopenReason() != null) {
            return getTranslation("answer.reopenedBecause", sheet.reopenReason());
        }
        if (!sheet.editable()) {
            return getTranslation("answer.readOnly.viewOnly", getTranslation(sheet.key().type().messageKey()));
        }
        if (sheet.updatedAt() != null) {
            return getTranslation("answer.lastSaved", DateFormats.dateTime(sheet.updatedAt(), getLocale()),
                    sheet.updatedBy());
        }
        return getTranslation("answer.notStarted");
    }
}
