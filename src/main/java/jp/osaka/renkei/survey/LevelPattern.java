package jp.osaka.renkei.survey;

import java.util.Locale;

/**
 * The pattern a level's segments and swatches carry beside its colour, so that the levels are told apart
 * without colour: in grayscale print, by readers who do not see the hues (docs/decisions/0012). Drawn as
 * an ECharts decal in the charts and as a CSS background in the legends ({@code .level-pattern-*}).
 */
public enum LevelPattern {
    /** No pattern: the colour alone, the darkest of the light/dark pairs. */
    SOLID,
    /** Broad diagonal stripes, rising to the right. */
    STRIPES,
    /** Dots in offset rows. */
    DOTS,
    /** A diagonal grid of thin lines. */
    CROSSHATCH,
    /** A checkerboard of small squares. */
    CHECKS,
    /** Thin, sparse diagonal lines, falling to the right: an empty box hatched. */
    SPARSE_STRIPES;

    /** The CSS class that draws it over {@code --level-colour} in {@code --level-ink}. */
    public String cssClass() {
        return "level-pattern-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
