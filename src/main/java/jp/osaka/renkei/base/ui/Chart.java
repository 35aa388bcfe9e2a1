package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one chart component of the app: draws an Apache ECharts option, built in Java, in the browser.
 * ECharts comes from its webjar and a few lines of glue in {@code frontend/scripts}; no npm bundle.
 * A chart is an image to assistive technology: every chart's accessible name or a table beside it gives its numbers.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://scripts/renkei-charts.js")
public class Chart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Canvas on screen; SVG where the chart is printed, which keeps it sharp on paper. */
    public enum Renderer {
        CANVAS, SVG
    }

    private final Renderer renderer;
    /**
     * The option's JSON, deflated, kept to draw the chart again after a re-attach. A page of 集計結果 has a dozen
     * charts in every signed-in session: as trees they were a fifth of a session's memory and as (UTF-16) text
     * still a fifth of what was left (the load test in docs/performance.md); deflated, an option of 1,900 characters takes 590 bytes.
     */
    private byte[] option = deflate("{}");

    public Chart(Renderer renderer, String accessibleName) {
        this.renderer = renderer;
        addClassName("chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", accessibleName);
        // drawn again whenever the component is attached (after a tab switch, say)
        addAttachListener(event -> draw());
    }

    /**
     * The ECharts option as nested maps, lists, strings and numbers. Names in a chart (partners, KPIs) are
     * typed by users; ECharts draws them on the canvas, and its default tooltip, the one part it writes as
     * HTML, escapes them. A tooltip formatter would put them in unescaped, so none is accepted.
     */
    public void setOption(Map<String, ?> option) {
        JsonNode tree = JSON.valueToTree(option);
        if (tree.path("tooltip").has("formatter")) {
            throw new IllegalArgumentException("a tooltip formatter would insert names as HTML: use the default");
        }
        this.option = deflate(JSON.writeValueAsString(tree));
        if (isAttached()) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs("window.renkeiCharts.render(this, JSON.parse($0), $1)", optionJson(),
                renderer.name().toLowerCase(Locale.ROOT));
    }

    /** The option as drawn, as JSON (read by the views' tests: what a chart shows, in which colours and patterns). */
    public String optionJson() {
        Inflater inflater = new Inflater();
        inflater.setInput(option);
        ByteArrayOutputStream json = new ByteArrayOutputStream(option.length * 8);
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                json.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a chart's own option did not inflate", e);
        } finally {
            inflater.end();
        }
        return json.toString(StandardCharsets.UTF_8);
    }

    private static byte[] deflate(String json) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(json.length() / 4);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return packed.toByteArray();
    }
}
