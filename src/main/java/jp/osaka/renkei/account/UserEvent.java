package jp.osaka.renkei.account;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** An account was created or changed, or a password set; published inside the change's transaction. */
public record UserEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {
}
