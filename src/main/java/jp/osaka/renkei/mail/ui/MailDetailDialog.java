package jp.osaka.renkei.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.mail.MailDetail;
import jp.osaka.renkei.mail.MailHistoryService;
import jp.osaka.renkei.mail.MailRow;
import jp.osaka.renkei.mail.MailStatus;

import org.jspecify.annotations.Nullable;

/**
 * One message of 送信履歴: where it stands, its text, its HTML as the recipient sees it, and 再送 for a failed one.
 * The HTML is shown in a sandboxed frame (no scripts, no forms, an origin of its own), never in the page itself.
 */
class MailDetailDialog extends Dialog {

    MailDetailDialog(MailDetail detail, MailHistoryService history, Runnable changed) {
        MailRow row = detail.row();
        setHeaderTitle(getTranslation("mail.detail.title"));
        setId("mail-detail");
        setWidth("min(60rem, 95vw)");
        Div fields = new Div(
                field("subject", "mail.history.subject", row.subject()),
                field("recipient", "mail.history.recipient", row.recipient()),
                field("user", "mail.detail.user", row.userName() != null ? row.userName()
                        : row.recipientUser() != null ? row.recipientUser()
                        : getTranslation("mail.history.sharedMailbox")),
                field("ward", "mail.history.ward", detail.ward() == null ? "" : detail.ward().get(getLocale())),
                field("language", "mail.detail.language", detail.language().getDisplayLanguage(getLocale())),
                field("status", "mail.history.status", getTranslation(row.status().messageKey())),
                field("attempts", "mail.history.attempts", Integer.toString(row.attempts())),
                field("reason", "mail.history.reason", row.lastError() == null ? "" : row.lastError()),
                field("created", "mail.history.created", time(row.createdAt())),
                field("sent", "mail.history.sent", time(row.sentAt())),
                field("next", "mail.detail.nextAttempt",
                        row.status() == MailStatus.WAITING ? time(detail.nextAttemptAt()) : ""));
        fields.addClassName("mail-detail-fields");
        Pre text = new Pre(detail.text());
        text.setId("mail-detail-text");
        text.addClassName("mail-detail-text");
        IFrame html = new IFrame();
        html.setSrcdoc(detail.html());
        html.getElement().setAttribute("sandbox", ""); // every restriction: no scripts, forms, popups or navigation
        html.getElement().setAttribute("title", getTranslation("mail.detail.html"));
        html.setId("mail-detail-html");
        html.addClassName("mail-detail-html");
        add(fields, new H3(getTranslation("mail.detail.text")), text, new H3(getTranslation("mail.detail.html")), html);

        Button close = new Button(getTranslation("mail.detail.close"), e -> close());
        close.setId("mail-detail-close");
        if (history.mayResend(row.status())) {
            Button resend = new Button(getTranslation("mail.detail.resend"), e -> confirm(row, history, changed));
            resend.addThemeVariants(ButtonVariant.PRIMARY);
            resend.setId("mail-resend");
            getFooter().add(resend);
        }
        getFooter().add(close);
    }

    private void confirm(MailRow row, MailHistoryService history, Runnable changed) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("mail.resend.confirm.title"),
                getTranslation("mail.resend.confirm.text", row.subject(), row.recipient()),
                getTranslation("mail.resend.confirm.ok"), e -> {
                    // Both dialogs closed first: a notification opened over a modal dialog goes when the dialog goes.
                    e.getSource().close();
                    Runnable reload = () -> {
                        close();
                        changed.run();
                    };
                    if (StaleDialog.save("stale.what.mail", () -> history.resend(row.id(), row.version()), reload)) {
                        reload.run();
                        Notifications.success(getTranslation("mail.resent"));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("mail.resend.confirm.cancel"));
        confirm.setId("mail-resend-confirm");
        confirm.open();
    }

    private Div field(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("mail-detail-label");
        Span text = new Span(value);
        text.setId("mail-detail-" + id);
        return new Div(label, text);
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : DateFormats.dateTime(instant, getLocale());
    }
}
