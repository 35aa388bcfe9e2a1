package jp.osaka.renkei.base;

/**
 * An event a feature publishes when someone changes something worth recording: the audit log
 * listens to every such event, so that no feature calls the audit log itself.
 */
public interface AuditableEvent {

    /** Who did it (a username, or "system"). */
    String actor();

    /** What was done, e.g. ANSWER_SUBMITTED; the log stores its name. */
    AuditAction action();

    /** What it was done to, for people: e.g. "2025/271276/ward-office". */
    String target();

    /** Anything else worth knowing, e.g. a reason; empty when there is nothing. */
    default String detail() {
        return "";
    }
}
