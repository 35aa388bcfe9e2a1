package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** No user text reaches the browser as HTML through a chart: ECharts' escaped default tooltip only. */
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
}
