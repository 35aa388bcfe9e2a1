package jp.osaka.renkei;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text as people and attackers type it, for property-based tests: any characters (lone surrogates
 * included), control characters, full-width and kana, emoji (with joiners and beyond the BMP), SQL,
 * HTML and spreadsheet formulas, blanks, and very long text.
 */
public final class BadInput {

    private BadInput() {
    }

    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\uff01', '\uff5e').ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u3041', '\u30ff').ofMaxLength(20),
                Arbitraries.of(samples()),
                Arbitraries.strings().alpha().ofMinLength(3000).ofMaxLength(6000),
                nearTheLimits());
    }

    /** Lengths on either side of the app's limits (200, 500, 1000, 2000 characters), where off-by-one errors live. */
    private static Arbitrary<String> nearTheLimits() {
        return Arbitraries.oneOf(List.<Arbitrary<String>>of(
                Arbitraries.strings().withChars('連', 'a', 'ｱ').ofMinLength(190).ofMaxLength(210),
                Arbitraries.strings().withChars('連', 'a').ofMinLength(490).ofMaxLength(510),
                Arbitraries.strings().withChars('連', 'a').ofMinLength(985).ofMaxLength(1010),
                Arbitraries.strings().withChars('連', 'a').ofMinLength(1985).ofMaxLength(2010)));
    }

    /** {@link #text()} as a list to walk through outside jqwik's own engine (e.g. in Spring tests). */
    public static List<String> texts(int count) {
        return text().sampleStream().limit(count).toList();
    }

    private static List<String> samples() {
        return List.of("😀", "👨‍👩‍👧", "𠮷野家", "'; DROP TABLE rating; --", "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>", "=1+1", "@SUM(A1)", "\"\"", ",", "\r\n", "北区", "2021", "区役所",
                "とても連携できている", "5", "", " ", "\u3000", "\u200b", "${7*7}", "{0}", "'", "%s");
    }
}
