package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.LevelPattern;

/**
 * The legend above a page of bars: the five levels in their colours and patterns, in the seed's order, then
 * 未回答; printed with its colours (the swatches are backgrounds, which browsers otherwise leave off paper).
 */
class LevelLegend extends Composite<Div> {

    LevelLegend() {
        getContent().addClassName("level-legend");
        getContent().getElement().setAttribute("role", "list");
        for (Level level : Level.values()) {
            getContent().add(entry(level.colour(), level.pattern(), getTranslation(level.messageKey())));
        }
        Span unanswered = entry(LevelBars.UNANSWERED_COLOUR, LevelBars.UNANSWERED_PATTERN,
                getTranslation("results.unanswered"));
        unanswered.addClassName("level-legend-unanswered");
        getContent().add(unanswered);
    }

    private static Span entry(String colour, LevelPattern pattern, String text) {
        Span swatch = new Span();
        swatch.addClassNames("level-swatch", pattern.cssClass());
        swatch.getStyle().set("--level-colour", colour).set("--level-ink", LevelBars.ink(colour));
        Span entry = new Span(swatch, new Span(text));
        entry.addClassName("level-legend-entry");
        entry.getElement().setAttribute("role", "listitem");
        return entry;
    }
}
