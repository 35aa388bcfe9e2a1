package jp.osaka.renkei.results.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.osaka.renkei.base.ui.Contrast;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.LevelPattern;

import org.jspecify.annotations.Nullable;

/**
 * Builds the ECharts option of the app's stacked horizontal bars: one bar per row (a round, a
 * facility type), the five levels in the seed's order in their fixed colours and patterns (ECharts decals,
 * drawn by the canvas and the SVG renderer alike), then 未回答, with the count on every segment that has one.
 * Rows are drawn top to bottom in the order given; a legend lists the levels in the same order.
 */
final class LevelBars {

    /** One bar. */
    record Bar(String label, LevelCounts counts) {
    }

    static final String UNANSWERED_COLOUR = "#f1f1f1";
    /** 未回答's pattern: thin hatching, as an empty box is hatched on paper. */
    static final LevelPattern UNANSWERED_PATTERN = LevelPattern.SPARSE_STRIPES;
    /** The outline of 未回答's near-white segments and swatch: 4.54:1 against the white page. */
    static final String UNANSWERED_OUTLINE = "#767676";

    private LevelBars() {
    }

    /**
     * An item's bars: this round above its comparison round, each where the item was asked, labelled with
     * the round and its respondents (「令和3年度（回答 24 / 24区）」).
     */
    static List<Bar> ofItem(ItemResult item, String roundLabel, @Nullable String comparisonLabel) {
        List<Bar> bars = new ArrayList<>();
        if (item.current() != null) {
            bars.add(new Bar(roundLabel, item.current()));
        }
        if (comparisonLabel != null && item.comparison() != null) {
            bars.add(new Bar(comparisonLabel, item.comparison()));
        }
        return bars;
    }

    static Map<String, Object> option(List<Bar> bars, Function<Level, String> levelName, String unansweredName,
            boolean withLegend) {
        return option(bars, levelName, unansweredName, withLegend, false);
    }

    /**
     * With {@code percent}, every bar is its share of 100 % (bars of very different sizes, such as the
     * facility types of the reference survey); otherwise the counts themselves.
     */
    static Map<String, Object> option(List<Bar> bars, Function<Level, String> levelName, String unansweredName,
            boolean withLegend, boolean percent) {
        int max = percent ? 100 : bars.stream().mapToInt(bar -> bar.counts().wards()).max().orElse(0);
        List<Object> series = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Level level : Level.values()) {
            names.add(levelName.apply(level));
            series.add(series(levelName.apply(level), level.colour(), level.pattern(), "#ffffff",
                    bars.stream().map(bar -> value(bar.counts().count(level), bar.counts(), percent)).toList(), percent));
        }
        if (bars.stream().anyMatch(bar -> bar.counts().unanswered() > 0)) {
            names.add(unansweredName);
            series.add(series(unansweredName, UNANSWERED_COLOUR, UNANSWERED_PATTERN, UNANSWERED_OUTLINE,
                    bars.stream().map(bar -> value(bar.counts().unanswered(), bar.counts(), percent)).toList(), percent));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 8, "right", 16, "top", withLegend ? 36 : 4, "bottom", 4,
                "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        if (withLegend) {
            // the levels' order, とても → 全く → 団体なし → 未回答, with each one's pattern in its icon
            option.put("legend", Map.of("top", 0, "itemWidth", 22, "itemHeight", 14, "data", names));
        }
        option.put("xAxis", Map.of("type", "value", "max", Math.max(max, 1), "minInterval", 1,
                "axisLabel", Map.of("formatter", percent ? "{value}%" : "{value}"),
                "splitLine", Map.of("lineStyle", Map.of("type", "dashed"))));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", bars.stream().map(Bar::label).toList(), "axisTick", Map.of("show", false)));
        option.put("series", series);
        return option;
    }

    /**
     * The bars' numbers in words, for a chart's accessible name: 「令和3年度：とても連携できている 14、…、未回答 0。」
     * per bar, levels with no ward left out.
     */
    static String describe(List<Bar> bars, Function<Level, String> levelName, String unansweredName,
            Translator translate) {
        StringBuilder text = new StringBuilder();
        String separator = translate.get("results.chart.separator");
        for (Bar bar : bars) {
            List<String> counts = new ArrayList<>();
            for (Level level : Level.values()) {
                if (bar.counts().count(level) > 0) {
                    counts.add(translate.get("results.chart.count", levelName.apply(level), bar.counts().count(level)));
                }
            }
            if (bar.counts().unanswered() > 0) {
                counts.add(translate.get("results.chart.count", unansweredName, bar.counts().unanswered()));
            }
            text.append(translate.get("results.chart.bar", bar.label(), String.join(separator, counts)));
        }
        return text.toString();
    }

    /** A message lookup, as {@code Component::getTranslation}. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... parameters);
    }

    private static Number value(int count, LevelCounts counts, boolean percent) {
        return percent ? share(count, counts) : count;
    }

    /** A count's share of its bar in percent, to one decimal, as a chart of shares draws it. */
    static double share(int count, LevelCounts counts) {
        return counts.wards() == 0 ? 0 : Math.round(count * 1000.0 / counts.wards()) / 10.0;
    }

    /**
     * A pattern as an ECharts decal, in ink that shows on {@code fill}: dark on the light colours, white on the
     * dark ones (3:1 or more against the fill, LevelColoursTest); none for the solid one (ECharts 5.3.1 fails on
     * a decal of {@code 'none'} in a series' itemStyle).
     */
    static @Nullable Map<String, Object> decal(LevelPattern pattern, String fill) {
        String ink = ink(fill);
        return switch (pattern) {
            case SOLID -> null;
            case STRIPES -> Map.of("symbol", "rect", "color", ink, "dashArrayX", List.of(1, 0),
                    "dashArrayY", List.of(3, 4), "rotation", -Math.PI / 4);
            case DOTS -> Map.of("symbol", "circle", "color", ink, "symbolSize", 0.7,
                    "dashArrayX", List.of(List.of(6, 6), List.of(0, 6, 6, 0)), "dashArrayY", List.of(6, 0));
            case CROSSHATCH -> Map.of("symbol", "rect", "color", ink, "dashArrayX", List.of(List.of(2, 0), List.of(2, 5)),
                    "dashArrayY", List.of(2, 0, 5, 0), "rotation", Math.PI / 4);
            case CHECKS -> Map.of("symbol", "rect", "color", ink,
                    "dashArrayX", List.of(List.of(4, 4), List.of(0, 4, 4, 0)), "dashArrayY", List.of(4, 0));
            case SPARSE_STRIPES -> Map.of("symbol", "rect", "color", ink, "dashArrayX", List.of(1, 0),
                    "dashArrayY", List.of(1, 6), "rotation", Math.PI / 4);
        };
    }

    /** The pattern's ink on {@code fill}: the text colour that reads on it, a little transparent. */
    static String ink(String fill) {
        return Contrast.WHITE.equals(Contrast.textOn(fill)) ? WHITE_INK : DARK_INK;
    }

    static final String WHITE_INK = "rgba(255, 255, 255, 0.6)";
    static final String DARK_INK = "rgba(31, 31, 31, 0.6)";

    private static Map<String, Object> series(String name, String colour, LevelPattern pattern, String border,
            List<Number> values, boolean percent) {
        List<Object> data = new ArrayList<>();
        for (Number value : values) {
            // a zero segment has no width, and a sliver has no room: no label on either
            boolean show = value.doubleValue() >= (percent ? 4 : 0.5);
            data.add(Map.of("value", value, "label", Map.of("show", show)));
        }
        return Map.of(
                "name", name,
                "type", "bar",
                "stack", "wards",
                "barMaxWidth", 22,
                "itemStyle", itemStyle(colour, pattern, border),
                // the number on a halo of the plain colour: its contrast is the colour's, whatever the pattern
                "label", Map.of("position", "inside", "color", textColour(colour), "fontWeight", "bold",
                        "textBorderColor", colour, "textBorderWidth", 3, "formatter", percent ? "{c}%" : "{c}"),
                "data", data);
    }

    private static Map<String, Object> itemStyle(String colour, LevelPattern pattern, String border) {
        Map<String, Object> style = new LinkedHashMap<>(Map.of("color", colour, "borderColor", border, "borderWidth", 1));
        Map<String, Object> decal = decal(pattern, colour);
        if (decal != null) {
            style.put("decal", decal);
        }
        return style;
    }

    /** Dark text on light segments, white on dark ones. */
    static String textColour(String hex) {
        return Contrast.textOn(hex);
    }
}
