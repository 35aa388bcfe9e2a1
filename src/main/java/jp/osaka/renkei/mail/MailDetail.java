package jp.osaka.renkei.mail;

import java.time.Instant;
import java.util.Locale;

import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/**
 * One message of 送信履歴 with its bodies, for the detail dialog.
 *
 * @param ward          the ward's name, null when the message concerns no ward
 * @param nextAttemptAt when the sender tries it (again), for a waiting message
 */
public record MailDetail(MailRow row, @Nullable LocalizedText ward, Locale language, Instant nextAttemptAt,
        String text, String html) {
}
