package jp.osaka.renkei.survey;

/** 調査回の状態: 準備中 → 回答受付中 → 締切 → 公表. */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED;

    public String messageKey() {
        return "round.status." + name();
    }
}
