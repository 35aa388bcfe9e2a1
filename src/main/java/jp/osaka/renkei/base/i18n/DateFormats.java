package jp.osaka.renkei.base.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates and times as the city's staff read them, in the one time zone Renkei runs in, the one place that
 * formats them for people. Japanese: the era with the Western year beside it, as the city's documents write
 * it — 令和8年（2026年）9月1日（火）, and 令和8年（2026年）9月1日 14:05 with the time. English: Tue 1 Sep 2026,
 * 1 Sep 2026 14:05. Files that machines read (CSV, Excel) keep ISO dates and do not come here.
 */
public final class DateFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm", Locale.JAPANESE);

    private DateFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (!AppLocales.isJapanese(locale)) {
            return DATE_EN.format(date);
        }
        return dayJa(date) + "（" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    public static String dateTime(Instant instant, Locale locale) {
        ZonedDateTime at = instant.atZone(ZONE);
        if (!AppLocales.isJapanese(locale)) {
            return TIME_EN.format(at);
        }
        return dayJa(at.toLocalDate()) + " " + CLOCK.format(at);
    }

    /** 令和8年（2026年）9月1日; 令和元年（2019年）5月1日 for an era's first year. */
    static String dayJa(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (yearOfEra == 1 ? "元" : yearOfEra)
                + "年（" + date.getYear() + "年）" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
