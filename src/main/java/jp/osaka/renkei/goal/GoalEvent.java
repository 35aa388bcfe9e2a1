package jp.osaka.renkei.goal;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** A goal's wording changed. Published inside the change's transaction, for the audit log. */
public record GoalEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {
}
