package jp.osaka.renkei.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateFormatsTest {

    @Test
    void japaneseDatesShowTheEraWithTheWesternYearBesideIt() {
        assertThat(DateFormats.date(LocalDate.of(2026, 9, 1), AppLocales.JAPANESE)).isEqualTo("令和8年（2026年）9月1日（火）");
        assertThat(DateFormats.date(LocalDate.of(2017, 12, 19), AppLocales.JAPANESE)).isEqualTo("平成29年（2017年）12月19日（火）");
    }

    @Test
    void theFirstYearOfAnEraIsGannenAndTheEraChangesOnItsFirstDay() {
        assertThat(DateFormats.date(LocalDate.of(2019, 4, 30), AppLocales.JAPANESE)).startsWith("平成31年（2019年）4月30日");
        assertThat(DateFormats.date(LocalDate.of(2019, 5, 1), AppLocales.JAPANESE)).startsWith("令和元年（2019年）5月1日");
    }

    @Test
    void japaneseTimesAreInTokyoTimeAfterTheDate() {
        // 05:05 UTC is 14:05 in Tokyo; 15:30 UTC on 31 August is already 1 September there.
        assertThat(DateFormats.dateTime(Instant.parse("2026-09-01T05:05:00Z"), AppLocales.JAPANESE))
                .isEqualTo("令和8年（2026年）9月1日 14:05");
        assertThat(DateFormats.dateTime(Instant.parse("2026-08-31T15:30:00Z"), AppLocales.JAPANESE))
                .isEqualTo("令和8年（2026年）9月1日 0:30");
    }

    @Test
    void englishKeepsAnEnglishStyle() {
        assertThat(DateFormats.date(LocalDate.of(2026, 9, 1), AppLocales.ENGLISH)).isEqualTo("Tue 1 Sep 2026");
        assertThat(DateFormats.dateTime(Instant.parse("2026-09-01T05:05:00Z"), AppLocales.ENGLISH))
                .isEqualTo("1 Sep 2026 14:05");
    }
}
