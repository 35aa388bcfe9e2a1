package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;

import org.junit.jupiter.api.Test;

/** The stacked bars' ECharts option: every level's segments carry its pattern, and the legend keeps the levels' order. */
class LevelBarsTest {

    private static final List<LevelBars.Bar> BARS = List.of(
            new LevelBars.Bar("令和3年度", new LevelCounts(Map.of(Level.VERY_WELL, 5, Level.WELL, 9, Level.NOT_WELL, 6,
                    Level.NOT_AT_ALL, 1, Level.NO_ORGANISATION, 1), 2)),
            new LevelBars.Bar("平成29年度", new LevelCounts(Map.of(Level.WELL, 20, Level.NOT_WELL, 4), 0)));

    @Test
    @SuppressWarnings("unchecked")
    void everySeriesCarriesItsLevelsPatternAsADecalOfItsOwn() {
        Map<String, Object> option = LevelBars.option(BARS, Level::name, "UNANSWERED", false);

        List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
        assertThat(series).extracting(s -> s.get("name"))
                .containsExactly("VERY_WELL", "WELL", "NOT_WELL", "NOT_AT_ALL", "NO_ORGANISATION", "UNANSWERED");
        List<Object> decals = series.stream().map(s -> ((Map<String, Object>) s.get("itemStyle")).get("decal")).toList();
        assertThat(decals).doesNotHaveDuplicates();
        for (Level level : Level.values()) {
            assertThat(decals.get(level.ordinal())).isEqualTo(LevelBars.decal(level.pattern(), level.colour()));
        }
        // とても is solid: no decal at all (ECharts 5.3.1 fails on a decal of 'none' in a series)
        assertThat(decals.get(0)).isNull();
        assertThat((Map<String, Object>) series.get(0).get("itemStyle")).doesNotContainKey("decal");
        assertThat(decals.subList(1, 6)).allSatisfy(decal -> assertThat(decal).isInstanceOf(Map.class));
        assertThat(((Map<String, Object>) decals.get(5)).get("color")).isEqualTo(LevelBars.DARK_INK);
        assertThat(((Map<String, Object>) decals.get(3)).get("color")).as("全く: white ink on dark red")
                .isEqualTo(LevelBars.WHITE_INK);
        assertThat(((Map<String, Object>) series.get(5).get("itemStyle")).get("borderColor"))
                .isEqualTo(LevelBars.UNANSWERED_OUTLINE);
        // the number sits on a halo of the plain colour, not on the pattern
        Map<String, Object> label = (Map<String, Object>) series.get(3).get("label");
        assertThat(label).containsEntry("textBorderColor", Level.NOT_AT_ALL.colour()).containsEntry("color", "#ffffff");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLegendListsTheLevelsInTheirOrderThenUnanswered() {
        Map<String, Object> option = LevelBars.option(BARS, Level::name, "UNANSWERED", true, true);

        assertThat((List<String>) ((Map<String, Object>) option.get("legend")).get("data"))
                .containsExactly("VERY_WELL", "WELL", "NOT_WELL", "NOT_AT_ALL", "NO_ORGANISATION", "UNANSWERED");
    }
}
