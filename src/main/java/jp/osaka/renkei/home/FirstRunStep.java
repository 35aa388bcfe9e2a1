package jp.osaka.renkei.home;

/**
 * A step of the first-run checklist on the bureau's ホーム, in the order a new installation is set up, with the
 * screen where it is done.
 */
public enum FirstRunStep {
    /** 区: the wards exist (Liquibase seeds the 24 wards; their names and mailboxes are checked under 区の設定). */
    WARDS("admin/wards"),
    /** アカウント: every ward has at least one enabled account of its own (区役所 or 相談支援室), so it can answer. */
    ACCOUNTS("admin/users"),
    /** 質問項目: a round exists whose two questionnaires (区役所・相談支援室) both have items. */
    ITEMS("admin/rounds"),
    /** 過去の調査回の取り込み: a closed or published round has submitted answers (entered or imported). */
    PAST_ROUNDS("admin/import"),
    /** 目標の基準・目標の調査回: every KPI's baseline round and target round exist. */
    GOAL_ROUNDS("goals");

    private final String route;

    FirstRunStep(String route) {
        this.route = route;
    }

    public String route() {
        return route;
    }

    public String messageKey() {
        return "home.firstRun." + name();
    }
}
