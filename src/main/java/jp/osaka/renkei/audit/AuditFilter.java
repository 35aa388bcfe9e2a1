package jp.osaka.renkei.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the 監査ログ screen filters by; null or blank means "any". */
public record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
