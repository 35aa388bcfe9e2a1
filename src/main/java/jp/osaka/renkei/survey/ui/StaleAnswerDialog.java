package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Someone else saved first: explain, and offer to load their version instead of overwriting it. */
class StaleAnswerDialog extends ConfirmDialog {

    StaleAnswerDialog(Runnable reload) {
        setHeader(getTranslation("answer.stale.title"));
        setText(getTranslation("answer.stale"));
        setConfirmText(getTranslation("answer.stale.reload"));
        addConfirmListener(e -> reload.run());
        setId("stale-answer");
    }
}
