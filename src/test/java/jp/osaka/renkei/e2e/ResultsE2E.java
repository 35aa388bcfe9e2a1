package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.survey.Level;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bureau opens 集計結果 of 令和3年度: the bars are drawn, and the workbook it downloads holds the same
 * counts as the database. The 資料 prints every chart with its levels' patterns and its table of counts.
 */
class ResultsE2E extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSeesTheChartsAndDownloadsAWorkbookWithTheDatabasesCounts() throws Exception {
        signIn("admin");
        open("results?round=2021&compare=2017&type=ward-office");

        assertThat(page.locator(".item-result")).hasCount(12);
        assertThat(page.locator("#item-MEDICAL_ASSOCIATION .chart[data-rendered]")).hasCount(1);
        Object painted = page.locator("#item-MEDICAL_ASSOCIATION canvas").first().evaluate("""
                canvas => {
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let veryWell = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    if (data[i] === 0x1a && data[i + 1] === 0x5f && data[i + 2] === 0xa0) veryWell++;
                  }
                  return veryWell;
                }""");
        assertThat(((Number) painted).intValue()).as("pixels in the colour of とても").isGreaterThan(500);
        screenshot("results-admin");

        Download download = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        assertThat(download.suggestedFilename()).isEqualTo("集計結果_令和3年度.xlsx");
        Map<Integer, Map<Level, Integer>> database = countsInDatabase();
        try (InputStream in = download.createReadStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet office = workbook.getSheet("区役所");
            int compared = 0;
            for (Row row : office) {
                if (row.getRowNum() < 2 || !"令和3年度 (2021)".equals(row.getCell(2).getStringCellValue())) {
                    continue;
                }
                int itemNo = (int) row.getCell(0).getNumericCellValue();
                for (Level level : Level.values()) {
                    assertThat((int) row.getCell(3 + level.ordinal()).getNumericCellValue())
                            .as("item %d, %s", itemNo, level)
                            .isEqualTo(database.get(itemNo).getOrDefault(level, 0));
                }
                compared++;
            }
            assertThat(compared).isEqualTo(12);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportPrintsEveryChartWithItsPatternsAndItsCounts() {
        signIn("admin");
        open("results/report?round=2021&compare=2017");
        assertThat(page.locator(".report-chart .chart[data-rendered]")).hasCount(24);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        // the SVG renderer draws each level's decal as a pattern: とても is solid, the other four levels have one
        Object fewestPatterns = page.evaluate("""
                () => Math.min(...[...document.querySelectorAll('.report-chart-bars svg')]
                    .map(svg => new Set([...svg.querySelectorAll('path')]
                        .map(path => path.getAttribute('fill')).filter(fill => fill && fill.startsWith('url('))).size))""");
        assertThat(((Number) fewestPatterns).intValue()).isGreaterThanOrEqualTo(4);
        Object printedTables = page.evaluate("""
                () => [...document.querySelectorAll('.report-chart table.report-chart-table')]
                    .filter(table => table.offsetHeight > 20 && getComputedStyle(table).visibility === 'visible').length""");
        assertThat(((Number) printedTables).intValue()).isEqualTo(24);
        Object swatches = page.evaluate("""
                () => [...document.querySelectorAll('#report-ward-office .level-swatch')].map(swatch => {
                    const style = getComputedStyle(swatch);
                    return style.printColorAdjust + ' ' + (style.backgroundImage === 'none' ? 'plain' : 'pattern');
                })""");
        assertThat((List<Object>) swatches).containsExactly("exact plain", "exact pattern", "exact pattern", "exact pattern",
                "exact pattern", "exact pattern");
        screenshot("report-print");
    }

    /** Wards per level and item number of 令和3年度's ward-office answers, counted by SQL of the test's own. */
    private Map<Integer, Map<Level, Integer>> countsInDatabase() {
        Map<Integer, Map<Level, Integer>> counts = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select ii.item_no, g.level, count(*) as wards
                  from rating g
                  join survey_response r on r.id = g.response_id
                  join survey_round o on o.id = r.round_id
                  join instrument_item ii on ii.id = g.item_id
                 where o.fiscal_year = 2021 and r.respondent_type = 'WARD_OFFICE' and r.status = 'SUBMITTED'
                 group by ii.item_no, g.level""");
        for (Map<String, Object> row : rows) {
            counts.computeIfAbsent(((Number) row.get("ITEM_NO")).intValue(), no -> new HashMap<>())
                    .put(Level.valueOf((String) row.get("LEVEL")), ((Number) row.get("WARDS")).intValue());
        }
        return counts;
    }
}
