package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page weight over real HTTP: static files come compressed and cacheable (ECharts for a year, its URL
 * carries its version; the chart glue's URL its content hash), while pages and the data of a signed-in user stay
 * no-store. docs/performance.md, "Page weight".
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesHttpTest {

    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    @LocalServerPort
    int port;

    @Test
    void echartsComesCompressedAndTheBrowserKeepsItForAYear() {
        String session = http().signIn("ward-kita");

        HttpResponse<String> response = http().get(ECHARTS, "Cookie", session, "Accept-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                .contains("max-age=31536000", "public", "immutable").doesNotContain("no-store", "no-cache"));
        assertThat(response.headers().firstValue("Pragma")).isEmpty();
    }

    /** Chromium treats Pragma: no-cache as no-cache whatever Cache-Control says: Vaadin's "immutable" files came again. */
    @Test
    void styleSheetsComeCompressedWithoutAPragmaThatWouldMakeTheBrowserAskAgain() {
        String session = http().signIn("ward-kita");
        for (String path : List.of("/lumo/lumo.css?v-c=1", "/styles/renkei.css?v-c=1", "/lumo/lumo.css")) {
            HttpResponse<String> response = http().get(path, "Cookie", session, "Accept-Encoding", "gzip");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(response.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Expires")).as(path).isEmpty();
        }
    }

    @Test
    void theChartScreenLoadsTheChartGlueByAUrlWithItsContentHashAndItsDataStaysNoStore() {
        VaadinHttp tab = new VaadinHttp(port).signIn("ward-kita", "demo");
        assertThat(tab.open("results")).isTrue();

        HttpResponse<String> uidl = tab.navigate("results");

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).containsPattern("context://scripts/renkei-charts\\.js\\?v-c=[0-9a-f]{8}")
                .contains("context://webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(uidl.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    /** The chart screens' data is most of a visit (160 KB for 集計結果); a UIDL request needs the UI's key: no BREACH. */
    @Test
    void theDataOfAScreenComesCompressedAndNoStore() {
        VaadinHttp tab = new VaadinHttp(port).signIn("ward-kita", "demo");
        assertThat(tab.open("results")).isTrue();

        HttpResponse<String> uidl = tab.acceptingGzip().navigate("results");

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(uidl.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void pagesAndTheInitialDataOfASignedInUserStayNoStoreAndUncompressed() {
        String session = http().signIn("ward-kita");
        for (String path : List.of("/results", "/results/report", "/goals", "/?v-r=init&location=results")) {
            HttpResponse<String> response = http().get(path, "Cookie", session, "Accept-Encoding", "gzip");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("Pragma")).as(path).contains("no-cache");
            // they carry tokens and echo the request: no compression (BREACH)
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).isEmpty();
        }
    }

    private PlainHttp http() {
        return new PlainHttp(port);
    }
}
