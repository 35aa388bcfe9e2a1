package jp.osaka.renkei.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the 監査ログ records, in the order of its filter. The name is the code stored in the log and written
 * to the CSV, and the key of its label ({@code audit.action.<code>}): renaming one would orphan the stored entries.
 * USER_LOCKED and USER_UNLOCKED come from the lockout that sign-in throttling replaced; only old entries have them.
 */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED, ANSWER_DRAFT_SAVED, ANSWER_SUBMITTED, ANSWER_REOPENED, ANSWER_RECORDED,
    ANSWERS_IMPORTED, ROUND_CREATED, ROUND_MARKED_PAST, ROUND_OPENED, ROUND_CLOSED, ROUND_PUBLISHED, REMINDERS_SENT,
    AUTO_REMINDERS_SENT, ITEM_ADDED, ITEM_RENAMED, ITEM_MOVED, ITEM_RETIRED, ITEM_REMOVED, WARD_RENAMED,
    WARD_MAILBOX_CHANGED, USER_CREATED, USER_UPDATED, EMAIL_CHANGED, MAIL_SETTINGS_CHANGED, PASSWORD_RESET,
    USER_LOCKED, USER_UNLOCKED, SIGN_IN_THROTTLED, SIGN_IN_ADDRESS_THROTTLED, SIGN_IN_WAIT_ENDED, SIGN_IN_REFUSED,
    ROLE_CHANGED, USERS_IMPORTED, USERS_EXPORTED, PASSWORD_CHANGED, FINDING_EDITED, FINDING_HIDDEN, FINDING_SHOWN,
    FINDING_MOVED, FINDING_ADDED, FINDINGS_RESET, CONCLUSIONS_SAVED, REPORT_COMMENT_CHOSEN, REPORT_COMMENT_NAMED,
    REPORT_COMMENT_WITHDRAWN, REFERENCE_COUNTS_SAVED, ACTION_CREATED, ACTION_UPDATED, ACTION_NOTE_ADDED,
    ACTION_REVIEWED, GOAL_UPDATED, KPI_CREATED, KPI_UPDATED, KPI_DELETED, MAIL_RESENT, OTHER_SESSIONS_ENDED,
    SESSIONS_ENDED, SESSION_LIMIT_ENDED;

    /** The action of a stored code; empty for a code that no action has (any longer). */
    public static Optional<AuditAction> of(String code) {
        return Arrays.stream(values()).filter(action -> action.name().equals(code)).findFirst();
    }
}
