package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.goal.KpiResult;

/** A KPI's value in every published round as a small line, with its target as a dashed line. */
class KpiChart extends Composite<Div> {

    KpiChart(KpiResult kpi) {
        Chart chart = new Chart(Chart.Renderer.CANVAS, getTranslation("kpi.chart", kpi.name().get(getLocale())));
        chart.addClassName("kpi-chart");
        List<String> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        kpi.values().forEach((year, value) -> {
            years.add(FiscalYears.formatAxis(year, getLocale()));
            values.add(value);
        });
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 8, "right", 56, "top", 22, "bottom", 4, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", years, "boundaryGap", false));
        double top = Math.max(kpi.definition().target(), values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", kpi.isShare() ? 100 : Math.ceil(top),
                "splitNumber", 2, "axisLabel", Map.of("formatter", kpi.isShare() ? "{value}%" : "{value}")));
        option.put("series", List.of(Map.of(
                "name", kpi.name().get(getLocale()),
                "type", "line",
                "data", values,
                "symbolSize", 8,
                "label", Map.of("show", true, "position", "top"),
                "lineStyle", Map.of("color", "#1a5fa0", "width", 2),
                "itemStyle", Map.of("color", "#1a5fa0"),
                "markLine", Map.of("symbol", "none", "silent", true,
                        "lineStyle", Map.of("type", "dashed", "color", "#2e7d32"),
                        "label", Map.of("formatter", getTranslation("kpi.chart.target"), "position", "end"),
                        "data", List.of(Map.of("yAxis", kpi.definition().target()))))));
        chart.setOption(option);
        getContent().addClassName("kpi-chart-box");
        getContent().add(chart);
    }
}
