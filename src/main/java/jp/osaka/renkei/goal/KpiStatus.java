package jp.osaka.renkei.goal;

/**
 * Where a KPI stands, by the rules shown on the 目標・進捗 screen: progress is measured against the
 * share of the time from the baseline round to the target round that has passed.
 */
public enum KpiStatus {
    /** 達成: the latest value has reached the target. */
    ACHIEVED,
    /** 順調: progress at least as far as the time that has passed. */
    ON_TRACK,
    /** 注意: progress, but less than the time that has passed. */
    AT_RISK,
    /** 遅れ: no progress, or moving away from the target. */
    OFF_TRACK,
    /**
     * 参考値: measured, but the latest or the baseline round lacks some wards' answers to the instrument
     * concerned, so a change could be missing answers rather than a change: no status is judged.
     */
    PROVISIONAL,
    /**
     * 基準値なし: values in some published rounds (the chart plots them), but none in the baseline round — the
     * baseline round does not exist (e.g. the seed's 平成29年度 on an installation that imported other years) or
     * did not ask the item. Nothing to measure progress against until the baseline round is corrected.
     */
    NO_BASELINE,
    /** 未計測: no value in any published round. */
    NO_DATA;

    public String messageKey() {
        return "kpi.status." + name();
    }

    /** The badge tone every screen shows the status in: green, yellow, red, or grey for 参考値 and without data. */
    public String tone() {
        return switch (this) {
            case ACHIEVED, ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "error";
            case PROVISIONAL, NO_BASELINE, NO_DATA -> "contrast";
        };
    }
}
