package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one chart component of the app: draws an Apache ECharts option, built in Java, in the browser.
 * ECharts comes from its webjar and a few lines of glue in {@code frontend/scripts}; no npm bundle.
 * A chart is an image to assistive technology, so every chart is shown beside a table of its numbers.
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
    /** Kept as JSON text (far smaller in a session than the tree) to draw it again after a re-attach. */
    private String option = "{}";

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
        this.option = JSON.writeValueAsString(tree);
        if (isAttached()) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs("window.renkeiCharts.render(this, JSON.parse($0), $1)", option,
                renderer.name().toLowerCase(Locale.ROOT));
    }
}
