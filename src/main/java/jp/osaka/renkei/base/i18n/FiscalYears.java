package jp.osaka.renkei.base.i18n;

import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;

/**
 * Formats a fiscal year (年度, April to March) in the Japanese era and in Western years, the one place
 * that does so: 令和3年度 (2021) in Japanese, FY2021 (Reiwa 3) in English.
 */
public final class FiscalYears {

    private FiscalYears() {
    }

    public static String format(int fiscalYear, Locale locale) {
        // A fiscal year starts on 1 April, so its era is the era of that day (平成31年度 began in Heisei).
        JapaneseDate start = JapaneseDate.of(fiscalYear, 4, 1);
        JapaneseEra era = start.getEra();
        int yearOfEra = start.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        if (AppLocales.isJapanese(locale)) {
            String year = yearOfEra == 1 ? "元" : Integer.toString(yearOfEra);
            return eraNameJa(era) + year + "年度 (" + fiscalYear + ")";
        }
        return "FY" + fiscalYear + " (" + eraNameEn(era) + " " + yearOfEra + ")";
    }

    /** The short form where space is tight (a chart's axis): 令和3年度 in Japanese, FY2021 in English. */
    public static String formatShort(int fiscalYear, Locale locale) {
        if (!AppLocales.isJapanese(locale)) {
            return "FY" + fiscalYear;
        }
        JapaneseDate start = JapaneseDate.of(fiscalYear, 4, 1);
        int yearOfEra = start.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return eraNameJa(start.getEra()) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /**
     * A chart axis's label: the era and, on a second line, the Western year (令和3年度 / (2021)), so that the
     * axis says both as the rest of the app does; FY2021 in English.
     */
    public static String formatAxis(int fiscalYear, Locale locale) {
        return AppLocales.isJapanese(locale) ? formatShort(fiscalYear, locale) + "\n(" + fiscalYear + ")"
                : formatShort(fiscalYear, locale);
    }

    private static String eraNameJa(JapaneseEra era) {
        return era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
    }

    private static String eraNameEn(JapaneseEra era) {
        String name = era.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
