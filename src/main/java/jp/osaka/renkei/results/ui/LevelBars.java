package jp.osaka.renkei.results.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;

/**
 * Builds the ECharts option of the app's stacked horizontal bars: one bar per row (a round, a
 * facility type), the five levels in the seed's order in their fixed colours, then 未回答, with the
 * count on every segment that has one. Rows are drawn top to bottom in the order given.
 */
final class LevelBars {

    /** One bar. */
    record Bar(String label, LevelCounts counts) {
    }

    static final String UNANSWERED_COLOUR = "#f1f1f1";

    private LevelBars() {
    }

    static Map<String, Object> option(List<Bar> bars, Function<Level, String> levelName, String unansweredName,
            boolean withLegend) {
        int max = bars.stream().mapToInt(bar -> bar.counts().wards()).max().orElse(0);
        List<Object> series = new ArrayList<>();
        for (Level level : Level.values()) {
            series.add(series(levelName.apply(level), level.colour(),
                    bars.stream().map(bar -> bar.counts().count(level)).toList()));
        }
        if (bars.stream().anyMatch(bar -> bar.counts().unanswered() > 0)) {
            series.add(series(unansweredName, UNANSWERED_COLOUR,
                    bars.stream().map(bar -> bar.counts().unanswered()).toList()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 8, "right", 16, "top", withLegend ? 36 : 4, "bottom", 4,
                "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        if (withLegend) {
            option.put("legend", Map.of("top", 0, "itemWidth", 14, "itemHeight", 10));
        }
        option.put("xAxis", Map.of("type", "value", "max", Math.max(max, 1), "minInterval", 1,
                "splitLine", Map.of("lineStyle", Map.of("type", "dashed"))));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", bars.stream().map(Bar::label).toList(), "axisTick", Map.of("show", false)));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> series(String name, String colour, List<Integer> values) {
        List<Object> data = new ArrayList<>();
        for (int value : values) {
            // a zero segment has no width: its label would sit on the neighbour's edge
            data.add(Map.of("value", value, "label", Map.of("show", value > 0)));
        }
        return Map.of(
                "name", name,
                "type", "bar",
                "stack", "wards",
                "barMaxWidth", 22,
                "itemStyle", Map.of("color", colour, "borderColor", "#ffffff", "borderWidth", 1),
                "label", Map.of("position", "inside", "color", textColour(colour), "fontWeight", "bold"),
                "data", data);
    }

    /** Dark text on light segments, white on dark ones (WCAG relative luminance). */
    static String textColour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return luminance > 0.4 ? "#1f1f1f" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
