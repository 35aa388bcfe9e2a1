package jp.osaka.renkei.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the 監査ログ, one source for the screen and the CSV: every action's code with its label
 * ({@code audit.action.<code>}), and details stored as codes or bare numbers put into words.
 */
public final class AuditTexts {

    /** Gives the text of a message key with its arguments in the reader's language (getTranslation). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    /** Every action the log records, in the order of the filter. */
    public static final List<String> ACTIONS = List.of("SIGN_IN", "SIGN_IN_FAILED", "ACCESS_DENIED", "ANSWER_DRAFT_SAVED", "ANSWER_SUBMITTED",
            "ANSWER_REOPENED", "ANSWER_RECORDED", "ANSWERS_IMPORTED", "ROUND_CREATED", "ROUND_MARKED_PAST", "ROUND_OPENED", "ROUND_CLOSED",
            "ROUND_PUBLISHED", "REMINDERS_SENT", "AUTO_REMINDERS_SENT", "ITEM_ADDED", "ITEM_RENAMED", "ITEM_MOVED", "ITEM_RETIRED",
            "ITEM_REMOVED", "WARD_RENAMED", "WARD_MAILBOX_CHANGED", "USER_CREATED", "USER_UPDATED", "EMAIL_CHANGED",
            "MAIL_SETTINGS_CHANGED", "PASSWORD_RESET", "USER_LOCKED", "USER_UNLOCKED", "SIGN_IN_THROTTLED",
            "SIGN_IN_ADDRESS_THROTTLED", "SIGN_IN_WAIT_ENDED", "SIGN_IN_REFUSED", "ROLE_CHANGED", "USERS_IMPORTED",
            "USERS_EXPORTED", "PASSWORD_CHANGED", "FINDING_EDITED", "FINDING_HIDDEN", "FINDING_SHOWN", "FINDING_MOVED",
            "FINDING_ADDED",
            "FINDINGS_RESET", "CONCLUSIONS_SAVED", "REPORT_COMMENT_CHOSEN", "REPORT_COMMENT_NAMED",
            "REPORT_COMMENT_WITHDRAWN", "REFERENCE_COUNTS_SAVED", "ACTION_CREATED", "ACTION_UPDATED",
            "ACTION_NOTE_ADDED", "ACTION_REVIEWED", "GOAL_UPDATED", "KPI_CREATED", "KPI_UPDATED", "KPI_DELETED",
            "MAIL_RESENT", "OTHER_SESSIONS_ENDED", "SESSIONS_ENDED", "SESSION_LIMIT_ENDED");

    /** ANSWERS_IMPORTED stores "created / replaced". */
    private static final Pattern IMPORTED = Pattern.compile("(\\d+) / (\\d+)");
    /** USERS_EXPORTED stores "count=n". */
    private static final Pattern COUNT = Pattern.compile("count=(\\d+)");
    /** SIGN_IN_FAILED stores the simple name of Spring Security's exception. */
    private static final Map<String, String> SIGN_IN_FAILURES = Map.of("BadCredentialsException", "badCredentials",
            "LockedException", "locked", "DisabledException", "disabled", "AccountExpiredException", "expired",
            "CredentialsExpiredException", "expired");

    private AuditTexts() {
    }

    /** The label of an action, as the filter and the grid show it. */
    public static String action(String code, Translator translator) {
        return translator.translate("audit.action." + code);
    }

    /** The detail in words where it was stored as numbers or a code; any other detail as it is. */
    public static String detail(AuditEntry entry, Translator translator) {
        String detail = entry.getDetail() == null ? "" : entry.getDetail();
        Matcher matcher;
        if ("ANSWERS_IMPORTED".equals(entry.getAction()) && (matcher = IMPORTED.matcher(detail)).matches()) {
            return translator.translate("audit.detail.imported", Long.parseLong(matcher.group(1)),
                    Long.parseLong(matcher.group(2)));
        }
        if ((matcher = COUNT.matcher(detail)).matches()) {
            return translator.translate("audit.detail.count", Long.parseLong(matcher.group(1)));
        }
        if ("SIGN_IN_FAILED".equals(entry.getAction()) && SIGN_IN_FAILURES.containsKey(detail)) {
            return translator.translate("audit.detail.signInFailed." + SIGN_IN_FAILURES.get(detail));
        }
        return detail;
    }
}
