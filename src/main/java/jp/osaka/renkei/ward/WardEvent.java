package jp.osaka.renkei.ward;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** A ward's master data changed; published inside the change's transaction. */
public record WardEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {
}
