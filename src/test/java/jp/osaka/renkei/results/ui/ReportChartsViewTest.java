package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.survey.Level;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every chart of the 資料 (JIS X 8341-3 / WCAG 2.0 1.1.1, 1.4.1): its numbers beside it in a table, the same as
 * the chart draws, with a caption and headers, never left off paper; every segment with its level's pattern and
 * the legend in the levels' order. On the demo data: 令和3年度 beside 平成29年度, and the reference survey.
 */
@DemoDataTest
class ReportChartsViewTest extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @WithUserDetails("admin")
    void everyChartHasATableOfTheSameNumbersThatIsPrinted() {
        open();
        List<Chart> charts = find(Chart.class).all();
        // the reference survey and twelve items per respondent type
        assertThat(charts).hasSize(25);
        for (Chart chart : charts) {
            JsonNode option = JSON.readTree(chart.optionJson());
            Element table = tableBeside(chart);
            String name = chart.getElement().getAttribute("aria-label");

            assertThat(table.getChildren().filter(child -> child.getTag().equals("caption")).findFirst())
                    .as(name).hasValueSatisfying(caption -> assertThat(caption.getText()).isNotBlank());
            List<Element> headers = rows(table, "thead").getFirst().getChildren().skip(1).toList();
            assertThat(headers).as(name).allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
            List<Element> rows = rows(table, "tbody");
            JsonNode series = option.get("series");
            assertThat(headers).as(name).hasSize(series.size());
            boolean percent = option.at("/xAxis/axisLabel/formatter").asString().endsWith("%");
            for (int bar = 0; bar < rows.size(); bar++) {
                Element row = rows.get(bar);
                List<Element> cells = row.getChildren().toList();
                assertThat(cells.getFirst().getTag()).isEqualTo("th");
                assertThat(cells.getFirst().getAttribute("scope")).isEqualTo("row");
                // the round, or the facility type, of the bar (the 資料's small tables leave its respondents out)
                assertThat(option.at("/yAxis/data/" + bar).asString()).startsWith(cells.getFirst().getText());
                List<Integer> counts = cells.stream().skip(1).map(cell -> Integer.parseInt(cell.getText())).toList();
                int wards = counts.stream().mapToInt(Integer::intValue).sum();
                for (int level = 0; level < series.size(); level++) {
                    double drawn = series.get(level).get("data").get(bar).get("value").asDouble();
                    double expected = percent ? Math.round(counts.get(level) * 1000.0 / wards) / 10.0 : counts.get(level);
                    assertThat(drawn).as("%s, bar %d, series %d", name, bar, level).isEqualTo(expected);
                    if (percent) {
                        // a chart of shares: each count with the share the chart draws, 「215（22.1%）」
                        String share = cells.get(level + 1).getChildren()
                                .filter(child -> !child.isTextNode() && "span".equals(child.getTag()))
                                .findFirst().orElseThrow().getText().replaceAll("[^0-9.]", "");
                        assertThat(Double.parseDouble(share)).as("%s, bar %d, series %d", name, bar, level).isEqualTo(drawn);
                    }
                }
            }
            assertThat(rows).as(name).hasSize(option.at("/yAxis/data").size()).isNotEmpty();
            for (Element element = table; element != null; element = element.getParent()) {
                assertThat(element.getClassList()).as(name).doesNotContain("no-print");
                assertThat(element.getStyle().get("display")).as(name).isNotEqualTo("none");
            }
            assertThat(table.getClassList()).doesNotContain("visually-hidden");
        }
    }

    @Test
    @WithUserDetails("admin")
    void everySegmentCarriesItsLevelsPatternAndTheLegendKeepsTheLevelsOrder() {
        open();
        for (Chart chart : find(Chart.class).all()) {
            JsonNode series = JSON.readTree(chart.optionJson()).get("series");
            List<String> decals = new ArrayList<>();
            for (JsonNode one : series) {
                decals.add(one.at("/itemStyle/decal").toString());
            }
            // とても solid, every other level and 未回答 a decal of its own
            assertThat(decals.getFirst()).isEmpty();
            assertThat(decals.subList(1, decals.size())).allSatisfy(decal -> assertThat(decal).contains("dashArrayX"))
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(decals).doesNotHaveDuplicates();
        }
        List<String> legend = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (LevelLegend entries : find(LevelLegend.class).all()) {
            entries.getElement().getChildren().forEach(entry -> {
                Element swatch = entry.getChild(0);
                legend.add(entry.getChild(1).getText());
                patterns.add(swatch.getClassList().stream().filter(c -> c.startsWith("level-pattern-")).findFirst()
                        .orElseThrow());
            });
        }
        List<String> expected = new ArrayList<>();
        List<String> expectedPatterns = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            for (Level level : Level.values()) {
                expected.add(getTranslation(level.messageKey()));
                expectedPatterns.add(level.pattern().cssClass());
            }
            expected.add("未回答");
            expectedPatterns.add(LevelBars.UNANSWERED_PATTERN.cssClass());
        }
        assertThat(legend).containsExactlyElementsOf(expected);
        assertThat(legend.subList(0, 6)).containsExactly("とても連携できている", "連携できている", "連携できていない",
                "全く連携できていない", "区内に団体がない", "未回答");
        assertThat(patterns).containsExactlyElementsOf(expectedPatterns);
    }

    private void open() {
        UI.getCurrent().navigate("results/report", QueryParameters.fromString("round=2021&compare=2017"));
        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
    }

    private static Element tableBeside(Chart chart) {
        Component block = chart.getParent().orElseThrow();
        return block.getElement().getChildren().filter(child -> child.getTag().equals("table")).findFirst()
                .orElseThrow(() -> new AssertionError("no table beside " + chart.getElement().getAttribute("aria-label")));
    }

    private static List<Element> rows(Element table, String section) {
        return table.getChildren().filter(child -> child.getTag().equals(section)).findFirst().orElseThrow()
                .getChildren().toList();
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
