package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.ui.Contrast;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.LevelPattern;

import org.junit.jupiter.api.Test;

/**
 * The five levels and 未回答 are told apart without colour and carry readable numbers (JIS X 8341-3 / WCAG 2.0
 * 1.4.1 and 1.4.3; docs/decisions/0012): each has its own pattern, neighbouring segments differ by 3:1 except the
 * two pairs five light-or-dark colours cannot separate, and the text on each reaches 4.5:1.
 */
class LevelColoursTest {

    /** A segment of the stacked bars: a level's or 未回答's colour and pattern. */
    private record Segment(String name, String colour, LevelPattern pattern) {
    }

    /** The segments in the bars' order: とても → 全く → 団体なし → 未回答. */
    private static List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (Level level : Level.values()) {
            segments.add(new Segment(level.name(), level.colour(), level.pattern()));
        }
        segments.add(new Segment("UNANSWERED", LevelBars.UNANSWERED_COLOUR, LevelBars.UNANSWERED_PATTERN));
        return segments;
    }

    @Test
    void everyLevelAndUnansweredHasAPatternOfItsOwn() {
        assertThat(segments()).extracting(Segment::pattern).doesNotHaveDuplicates().hasSize(6);
        assertThat(Set.of(LevelPattern.values())).hasSize(6);
    }

    @Test
    void neighbouringSegmentsDifferByThreeToOneExceptTheTwoPairsTheirPatternsTellApart() {
        List<Segment> segments = segments();
        List<String> belowThree = new ArrayList<>();
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment left = segments.get(i);
            Segment right = segments.get(i + 1);
            if (Contrast.ratio(left.colour(), right.colour()) < 3) {
                belowThree.add(left.name() + "|" + right.name());
                assertThat(left.pattern()).as(left.name() + "|" + right.name()).isNotEqualTo(right.pattern());
            }
        }
        // two light colours in the middle of a diverging scale, and grey beside near-white (ADR 0012)
        assertThat(belowThree).containsExactly("WELL|NOT_WELL", "NO_ORGANISATION|UNANSWERED");
    }

    @Test
    void anyTwoSegmentsThatMeetWhenTheOnesBetweenAreEmptyDifferByThreeToOneOrByPattern() {
        List<Segment> segments = segments();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Segment left = segments.get(i);
                Segment right = segments.get(j);
                assertThat(Contrast.ratio(left.colour(), right.colour()) >= 3 || left.pattern() != right.pattern())
                        .as(left.name() + "|" + right.name()).isTrue();
            }
        }
    }

    @Test
    void theNumberOnEverySegmentReachesFourAndAHalfToOne() {
        for (Segment segment : segments()) {
            String text = LevelBars.textColour(segment.colour());
            assertThat(Contrast.ratio(segment.colour(), text)).as(segment.name() + " with " + text)
                    .isGreaterThanOrEqualTo(4.5);
        }
        // axe's finding (docs/decisions/0012-level-colours-and-patterns.md): white on 全く連携できていない was 4.35:1
        assertThat(Contrast.ratio(Level.NOT_AT_ALL.colour(), Contrast.WHITE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void everyPatternsInkShowsOnItsColourAtThreeToOne() {
        for (Segment segment : segments()) {
            String ink = blend(LevelBars.ink(segment.colour()), segment.colour());
            assertThat(Contrast.ratio(segment.colour(), ink)).as(segment.name() + "'s pattern").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theLightestSegmentIsOutlinedAgainstTheWhitePage() {
        assertThat(Contrast.ratio(LevelBars.UNANSWERED_OUTLINE, Contrast.WHITE)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theColoursStillReadAsTheSeedsScheme() {
        // blue good, orange and red bad, grey none: the hue of each level's colour
        assertThat(hue(Level.VERY_WELL.colour())).isBetween(190.0, 230.0);
        assertThat(hue(Level.WELL.colour())).isBetween(190.0, 230.0);
        assertThat(hue(Level.NOT_WELL.colour())).isBetween(20.0, 40.0);
        assertThat(hue(Level.NOT_AT_ALL.colour())).isBetween(0.0, 20.0);
        int rgb = Integer.parseInt(Level.NO_ORGANISATION.colour().substring(1), 16);
        assertThat(rgb >> 16 & 0xff).isEqualTo(rgb >> 8 & 0xff).isEqualTo(rgb & 0xff);
    }

    /** An rgba(r, g, b, a) ink over an opaque #rrggbb, as drawn. */
    private static String blend(String rgba, String fill) {
        String[] parts = rgba.substring(rgba.indexOf('(') + 1, rgba.indexOf(')')).split(",\\s*");
        double alpha = Double.parseDouble(parts[3]);
        int rgb = Integer.parseInt(fill.substring(1), 16);
        int[] under = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        StringBuilder hex = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            hex.append(String.format("%02x", Math.round(alpha * Integer.parseInt(parts[c]) + (1 - alpha) * under[c])));
        }
        return hex.toString();
    }

    private static double hue(String hex) {
        java.awt.Color colour = java.awt.Color.decode(hex);
        float[] hsb = java.awt.Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
        return hsb[0] * 360.0;
    }
}
