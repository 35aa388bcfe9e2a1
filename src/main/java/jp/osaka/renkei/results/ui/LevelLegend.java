package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.survey.Level;

/** The legend above a page of bars: the five levels in their colours, then 未回答. */
class LevelLegend extends Composite<Div> {

    LevelLegend() {
        getContent().addClassName("level-legend");
        getContent().getElement().setAttribute("role", "list");
        for (Level level : Level.values()) {
            getContent().add(entry(level.colour(), getTranslation(level.messageKey())));
        }
        getContent().add(entry(LevelBars.UNANSWERED_COLOUR, getTranslation("results.unanswered")));
    }

    private static Span entry(String colour, String text) {
        Span swatch = new Span();
        swatch.addClassName("level-swatch");
        swatch.getStyle().set("background", colour);
        Span entry = new Span(swatch, new Span(text));
        entry.addClassName("level-legend-entry");
        entry.getElement().setAttribute("role", "listitem");
        return entry;
    }
}
