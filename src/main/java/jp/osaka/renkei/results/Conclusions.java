package jp.osaka.renkei.results;

import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;

import org.jspecify.annotations.Nullable;

/**
 * まとめ (summary) and 今後の方向性 (future direction) of a round: multi-line texts an administrator
 * writes, in Japanese and optionally in English (else English readers see the Japanese).
 */
public record Conclusions(int fiscalYear, String summaryJa, @Nullable String summaryEn, String directionJa,
        @Nullable String directionEn) {

    public String summary(Locale locale) {
        return pick(summaryJa, summaryEn, locale);
    }

    public String direction(Locale locale) {
        return pick(directionJa, directionEn, locale);
    }

    public boolean isEmpty() {
        return summaryJa.isBlank() && directionJa.isBlank();
    }

    private static String pick(String ja, @Nullable String en, Locale locale) {
        return AppLocales.isJapanese(locale) || en == null || en.isBlank() ? ja : en;
    }
}
