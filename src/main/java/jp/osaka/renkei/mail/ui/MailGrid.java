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
                .setHeader(getTranslation("mail.history.created")).setWidth("10em").setFlexGrow(0);
        addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("mail.history.kind"))
                .setWidth("8em").setFlexGrow(0);
        addColumn(this::recipient).setHeader(getTranslation("mail.history.recipient")).setWidth("12em")
                .setFlexGrow(2);
        addColumn(MailRow::subject).setHeader(getTranslation("mail.history.subject")).setWidth("10em").setFlexGrow(2)
                .setTooltipGenerator(MailRow::subject);
        addComponentColumn(r -> badge(r.status())).setHeader(getTranslation("mail.history.status"))
                .setWidth("8em").setFlexGrow(0);
        addColumn(MailRow::attempts).setHeader(getTranslation("mail.history.attempts")).setWidth("6em")
                .setFlexGrow(0);
        addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(getTranslation("mail.history.reason"))
                .setWidth("8em").setFlexGrow(1).setTooltipGenerator(r -> r.lastError() == null ? "" : r.lastError());
        addColumn(r -> r.sentAt() == null ? "" : DateFormats.dateTime(r.sentAt(), getLocale()))
                .setHeader(getTranslation("mail.history.sent")).setWidth("10em").setFlexGrow(0);
        // fixed widths: columns sized to their content would move under the pointer once the rows arrive
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        getColumns().forEach(column -> column.setResizable(true));
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
