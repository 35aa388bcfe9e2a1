package jp.osaka.renkei.base.i18n;

import java.util.Locale;

/** A name held in the database in both languages (ward and partner names), picked per locale. */
public record LocalizedText(String ja, String en) {

    public String get(Locale locale) {
        return AppLocales.isJapanese(locale) ? ja : en;
    }
}
