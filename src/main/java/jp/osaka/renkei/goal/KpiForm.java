package jp.osaka.renkei.goal;

import org.jspecify.annotations.Nullable;

/** What an administrator enters for a KPI: its names and its definition. */
public record KpiForm(String nameJa, @Nullable String nameEn, KpiDefinition definition) {

    public static final int MAX_NAME_JA = 200;
    public static final int MAX_NAME_EN = 300;
}
