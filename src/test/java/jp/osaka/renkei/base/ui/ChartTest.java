package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.dependency.JavaScript;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * No user text reaches the browser as HTML through a chart: ECharts' escaped default tooltip only. And the
 * chart's scripts are where it loads them from: ECharts is unpacked from its webjar by the build (pom.xml).
 */
class ChartTest {

    @Test
    void aTooltipFormatterIsRefusedAndTheDefaultTooltipAccepted() {
        Chart chart = new Chart(Chart.Renderer.CANVAS, "chart");
        Map<String, Object> series = Map.of("type", "bar", "name", "<img src=x onerror=alert(1)>",
                "data", List.of(1, 2));

        assertThatCode(() -> chart.setOption(Map.of("tooltip", Map.of("trigger", "axis"), "series", List.of(series))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> chart.setOption(Map.of("tooltip", Map.of("trigger", "axis", "formatter", "{b}: {c}"),
                "series", List.of(series)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOptionIsKeptAsDrawnWithJapaneseNamesAndLongData() {
        Chart chart = new Chart(Chart.Renderer.SVG, "chart");
        List<Integer> values = java.util.stream.IntStream.range(0, 5_000).boxed().toList();
        chart.setOption(Map.of("series", List.of(Map.of("type", "bar", "name", "とても連携できている 𠮷", "data", values))));

        assertThat(chart.optionJson()).startsWith("{\"series\":[{").contains("\"name\":\"とても連携できている 𠮷\"")
                .contains("4998,4999]");
    }

    @Test
    void everyScriptOfTheChartIsOnTheClasspathUnderItsContextPath() {
        JavaScript[] scripts = Chart.class.getAnnotationsByType(JavaScript.class);

        assertThat(scripts).extracting(JavaScript::value).anyMatch(value -> value.endsWith("/echarts.min.js"));
        for (JavaScript script : scripts) {
            String resource = "META-INF/resources/" + script.value().substring("context://".length());
            assertThat(Chart.class.getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
    }
}
