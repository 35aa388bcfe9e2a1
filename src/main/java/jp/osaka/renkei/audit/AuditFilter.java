package jp.osaka.renkei.audit;

import java.time.LocalDate;

import jp.osaka.renkei.base.AuditAction;

import org.jspecify.annotations.Nullable;

/** What the 監査ログ screen filters by; null (or a blank actor) means "any". */
public record AuditFilter(@Nullable AuditAction action, @Nullable String actor, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
