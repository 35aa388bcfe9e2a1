package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** 提出の確認: submitting locks the answers, so ask first. */
class SubmitConfirmDialog extends ConfirmDialog {

    SubmitConfirmDialog(Runnable onConfirm) {
        setHeader(getTranslation("answer.confirm.title"));
        setText(getTranslation("answer.confirm.text"));
        setCancelable(true);
        setCancelText(getTranslation("answer.confirm.cancel"));
        setConfirmText(getTranslation("answer.confirm.ok"));
        addConfirmListener(e -> onConfirm.run());
        setId("submit-confirm");
    }
}
