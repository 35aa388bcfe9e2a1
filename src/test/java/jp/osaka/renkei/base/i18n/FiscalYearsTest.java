package jp.osaka.renkei.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiscalYearsTest {

    @Test
    void reiwaYearsShowTheEraAndTheWesternYear() {
        assertThat(FiscalYears.format(2021, AppLocales.JAPANESE)).isEqualTo("令和3年度 (2021)");
        assertThat(FiscalYears.format(2025, AppLocales.JAPANESE)).isEqualTo("令和7年度 (2025)");
    }

    @Test
    void heiseiYearsShowHeisei() {
        assertThat(FiscalYears.format(2017, AppLocales.JAPANESE)).isEqualTo("平成29年度 (2017)");
    }

    @Test
    void theFirstYearOfAnEraIsGannen() {
        // FY2019 began on 1 April 2019, still in Heisei (Reiwa began on 1 May): 平成31年度.
        assertThat(FiscalYears.format(2019, AppLocales.JAPANESE)).isEqualTo("平成31年度 (2019)");
        assertThat(FiscalYears.format(2020, AppLocales.JAPANESE)).isEqualTo("令和2年度 (2020)");
        assertThat(FiscalYears.format(1989, AppLocales.JAPANESE)).isEqualTo("平成元年度 (1989)");
    }

    @Test
    void englishShowsTheWesternYearFirst() {
        assertThat(FiscalYears.format(2021, AppLocales.ENGLISH)).isEqualTo("FY2021 (Reiwa 3)");
        assertThat(FiscalYears.format(2017, AppLocales.ENGLISH)).isEqualTo("FY2017 (Heisei 29)");
    }

    @Test
    void aChartAxisShowsTheEraAndTheWesternYearOnTwoLines() {
        assertThat(FiscalYears.formatAxis(2021, AppLocales.JAPANESE)).isEqualTo("令和3年度\n(2021)");
        assertThat(FiscalYears.formatAxis(2021, AppLocales.ENGLISH)).isEqualTo("FY2021");
    }
}
