package jp.osaka.renkei.base.security;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** Something the security configuration itself did that the audit log keeps, e.g. an address throttled. */
public record SecurityEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {
}
