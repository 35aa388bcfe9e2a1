package jp.osaka.renkei.base.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the city's staff read them, in the one time zone Renkei runs in. */
public final class DateFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("yyyy年M月d日(E)", Locale.JAPANESE);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_JA = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private DateFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return (AppLocales.isJapanese(locale) ? DATE_JA : DATE_EN).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return (AppLocales.isJapanese(locale) ? TIME_JA : TIME_EN).format(instant.atZone(ZONE));
    }
}
