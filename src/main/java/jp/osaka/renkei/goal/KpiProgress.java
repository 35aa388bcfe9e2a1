package jp.osaka.renkei.goal;

import org.jspecify.annotations.Nullable;

/**
 * A KPI's standing: its baseline and latest value, the progress from one towards the target (1 = reached;
 * may be negative or above 1), the progress expected by now, and the status.
 */
public record KpiProgress(
        @Nullable Double baseline,
        @Nullable Double current,
        @Nullable Integer currentYear,
        @Nullable Double progress,
        @Nullable Double expected,
        KpiStatus status) {
}
