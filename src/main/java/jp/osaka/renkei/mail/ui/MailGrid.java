package jp.osaka.renkei.mail.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.function.LongFunction;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.mail.MailRow;
import jp.osaka.renkei.mail.MailStatus;

/** 送信履歴's list: one row per message, newest first; failed ones in red with their reason. */
class MailGrid extends Grid<MailRow> {

    private final LongFunction<String> wardName;

    MailGrid(LongFunction<String> wardName) {
        this.wardName = wardName;
        addColumn(r -> DateFormats.dateTime(r.createdAt(), getLocale()))
                .setHeader(getTranslation("mail.history.created")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("mail.history.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::recipient).setHeader(getTranslation("mail.history.recipient")).setAutoWidth(true);
        addColumn(MailRow::subject).setHeader(getTranslation("mail.history.subject")).setFlexGrow(1);
        addComponentColumn(r -> badge(r.status())).setHeader(getTranslation("mail.history.status"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(MailRow::attempts).setHeader(getTranslation("mail.history.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(getTranslation("mail.history.reason"))
                .setFlexGrow(1);
        addColumn(r -> r.sentAt() == null ? "" : DateFormats.dateTime(r.sentAt(), getLocale()))
                .setHeader(getTranslation("mail.history.sent")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setPartNameGenerator(r -> r.status() == MailStatus.FAILED ? "mail-failed" : null);
        setId("mail-grid");
    }

    /** The address, then whom it is for: the user, or the ward's shared mailbox, and the ward. */
    String recipient(MailRow row) {
        String who = row.userName() != null ? row.userName()
                : row.recipientUser() != null ? row.recipientUser() : getTranslation("mail.history.sharedMailbox");
        String ward = row.wardId() == null ? "" : " / " + wardName.apply(row.wardId());
        return getTranslation("mail.history.recipientFor", row.recipient(), who + ward);
    }

    Badge badge(MailStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case SENT -> StatusBadge.Tone.SUCCESS;
            case WAITING -> StatusBadge.Tone.WARNING;
            case FAILED -> StatusBadge.Tone.ERROR;
            case HELD -> StatusBadge.Tone.NEUTRAL;
        };
        return StatusBadge.create(getTranslation(status.messageKey()), tone);
    }
}
