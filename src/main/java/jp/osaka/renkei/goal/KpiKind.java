package jp.osaka.renkei.goal;

/** What a KPI counts, over the submitted answers of a published round. */
public enum KpiKind {
    /** Wards answering one of the chosen levels for the chosen item(s) of an instrument. */
    WARDS_AT_LEVELS,
    /** The same as a share (%) of the wards that answered those items. */
    SHARE_AT_LEVELS,
    /** Wards where the item is recognised: answered with anything but 区内に団体がない. */
    WARDS_RECOGNISING,
    /** Wards whose ward office and support room rate each other differently (the mutual pair). */
    MUTUAL_DISAGREEMENT;

    public String messageKey() {
        return "kpi.kind." + name();
    }

    /** Whether the KPI needs an instrument and items (every kind but the mutual pair's). */
    public boolean needsItems() {
        return this != MUTUAL_DISAGREEMENT;
    }
}
