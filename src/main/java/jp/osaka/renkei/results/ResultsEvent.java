package jp.osaka.renkei.results;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/**
 * An administrator changed what a round's report says: a finding edited, hidden, moved, added or the
 * findings reset to the generated ones; まとめ and 今後の方向性 saved. Published inside the change's transaction.
 */
public record ResultsEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {

    private static final int DETAIL_LENGTH = 200;

    static ResultsEvent of(String actor, AuditAction action, String target, String detail) {
        String shortened = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) + "…" : detail;
        return new ResultsEvent(actor, action, target, shortened);
    }
}
