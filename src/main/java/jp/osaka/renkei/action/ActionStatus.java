package jp.osaka.renkei.action;

/** The state of an action: 予定, 実施中, 完了, 保留. Only a 完了 action is never overdue. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, ON_HOLD;

    public String messageKey() {
        return "action.status." + name();
    }
}
