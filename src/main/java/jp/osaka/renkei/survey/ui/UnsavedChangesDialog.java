package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** 保存されていない変更があります: leaving 回答入力 with changes asks whether to save them first, or stay. */
class UnsavedChangesDialog extends ConfirmDialog {

    UnsavedChangesDialog(Runnable saveAndLeave, Runnable leave, Runnable stay) {
        setHeader(getTranslation("answer.unsaved.title"));
        setText(getTranslation("answer.unsaved.text"));
        setConfirmText(getTranslation("answer.unsaved.save"));
        addConfirmListener(e -> saveAndLeave.run());
        setRejectable(true);
        setRejectText(getTranslation("answer.unsaved.discard"));
        addRejectListener(e -> leave.run());
        setCancelable(true);
        setCancelText(getTranslation("answer.unsaved.stay"));
        addCancelListener(e -> stay.run());
        setId("unsaved-changes");
    }
}
