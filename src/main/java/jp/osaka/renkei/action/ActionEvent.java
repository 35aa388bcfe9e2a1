package jp.osaka.renkei.action;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** An action was created, changed, reviewed or got a progress note. Published inside the change's transaction. */
public record ActionEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {

    static ActionEvent of(String actor, AuditAction code, Action action, String detail) {
        return new ActionEvent(actor, code, "#" + action.getId() + " " + action.getTitle(), detail);
    }
}
