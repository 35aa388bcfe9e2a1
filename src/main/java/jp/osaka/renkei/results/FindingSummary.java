package jp.osaka.renkei.results;

import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;

import org.jspecify.annotations.Nullable;

/**
 * One finding as screens show it. English falls back to Japanese when an administrator wrote none.
 *
 * @param index  its place in the list (administrators address a finding by it)
 * @param rule   the rule that generated it, e.g. ABOUT_HALF; null when an administrator added it
 * @param hidden hidden by an administrator (only administrators see it, marked)
 */
public record FindingSummary(int index, String textJa, @Nullable String textEn, @Nullable String rule,
        boolean hidden) {

    public String text(Locale locale) {
        return AppLocales.isJapanese(locale) || textEn == null || textEn.isBlank() ? textJa : textEn;
    }

    /** No English text: an English reader gets the Japanese, marked（英語なし）. */
    public boolean lacksEnglish() {
        return textEn == null || textEn.isBlank();
    }
}
