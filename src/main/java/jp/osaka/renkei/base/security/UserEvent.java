package jp.osaka.renkei.base.security;

import jp.osaka.renkei.base.AuditableEvent;

/** An account was created or changed, or a password set; published inside the change's transaction. */
public record UserEvent(String actor, String action, String target, String detail) implements AuditableEvent {
}
