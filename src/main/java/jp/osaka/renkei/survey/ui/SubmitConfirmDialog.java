package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * 提出の確認: submitting locks the answers, so ask first. The focus starts on キャンセル, not on 提出する: an Enter
 * pressed once too often (e.g. on 提出 itself) must not submit at once.
 */
class SubmitConfirmDialog extends ConfirmDialog {

    /** The dialog focuses its confirm button when it has opened; キャンセル takes the focus right after. */
    static final String FOCUS_CANCEL_ON_OPEN = "this.updateComplete.then(() => this.shadowRoot.getElementById('overlay')"
            + ".addEventListener('vaadin-overlay-open', () => {"
            + " const cancel = this.querySelector('[slot=\"cancel-button\"]'); if (cancel) { cancel.focus(); } }));";

    SubmitConfirmDialog(Runnable onConfirm) {
        setHeader(getTranslation("answer.confirm.title"));
        setText(getTranslation("answer.confirm.text"));
        setCancelable(true);
        setCancelText(getTranslation("answer.confirm.cancel"));
        setConfirmText(getTranslation("answer.confirm.ok"));
        addConfirmListener(e -> onConfirm.run());
        setId("submit-confirm");
        addAttachListener(e -> getElement().executeJs(FOCUS_CANCEL_ON_OPEN));
    }
}
