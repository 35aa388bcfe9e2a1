package jp.osaka.renkei.results;

import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;

import org.jspecify.annotations.Nullable;

/**
 * まとめ (summary) and 今後の方向性 (future direction) of a round: multi-line texts an administrator
 * writes, in Japanese and optionally in English (else English readers see the Japanese), and the report's
 * 資料番号 (e.g. 資料３, printed at the top right of its title page; null prints none).
 */
public record Conclusions(int fiscalYear, String summaryJa, @Nullable String summaryEn, String directionJa,
        @Nullable String directionEn, @Nullable String documentLabel) {

    /** The texts without a 資料番号. */
    public Conclusions(int fiscalYear, String summaryJa, @Nullable String summaryEn, String directionJa,
            @Nullable String directionEn) {
        this(fiscalYear, summaryJa, summaryEn, directionJa, directionEn, null);
    }

    public String summary(Locale locale) {
        return pick(summaryJa, summaryEn, locale);
    }

    public String direction(Locale locale) {
        return pick(directionJa, directionEn, locale);
    }

    /** Nothing written: no text and no 資料番号. */
    public boolean isEmpty() {
        return summaryJa.isBlank() && directionJa.isBlank() && (documentLabel == null || documentLabel.isBlank());
    }

    /** Whether まとめ or 今後の方向性 is written (a 資料番号 alone is no text to print). */
    public boolean hasText() {
        return !summaryJa.isBlank() || !directionJa.isBlank();
    }

    private static String pick(String ja, @Nullable String en, Locale locale) {
        return AppLocales.isJapanese(locale) || en == null || en.isBlank() ? ja : en;
    }
}
