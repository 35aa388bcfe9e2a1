package jp.osaka.renkei.results;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the 資料's slides say, every text already in the reader's language: the title slide (with the 資料番号,
 * null when the bureau gave none), the reference survey (null when the round has none), a slide per instrument and
 * the bureau's まとめ and 今後の方向性. {@link ReportSlides} lays it out.
 */
record ReportDeck(Locale locale, @Nullable String label, String heading, String subtitle, String rounds,
        @Nullable Section reference, List<Instrument> instruments, List<Text> texts) {

    ReportDeck {
        instruments = List.copyOf(instruments);
        texts = List.copyOf(texts);
    }

    /** A slide with a chart under its title and a line on its source, and a footnote under the chart. */
    record Section(String title, String source, Bars chart, String footnote) {
    }

    /**
     * An instrument's slide: its respondents under the title, then the chart and the findings, or (small numbers)
     * only the sentence that says why there are none.
     *
     * @param withheld      the small-numbers sentence, or null when the counts are shown
     * @param findingsTitle the title of the following slide that takes the findings when they do not fit beside
     *                      the chart
     */
    record Instrument(String title, String respondents, @Nullable Bars chart, @Nullable String withheld,
            String findingsTitle, List<String> findings) {

        Instrument {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Stacked horizontal bars, drawn top to bottom in the order of {@code categories}.
     *
     * @param percent every bar as its shares of 100 % (the counts stay the data)
     */
    record Bars(List<String> categories, List<Series> series, boolean percent) {

        Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }

        /** The longest bar: where the axis of counts ends. */
        int largest() {
            int largest = 0;
            for (int category = 0; category < categories.size(); category++) {
                int sum = 0;
                for (Series one : series) {
                    sum += one.values().get(category);
                }
                largest = Math.max(largest, sum);
            }
            return largest;
        }
    }

    /** One level (or 未回答) across the bars: its name, its colour (#rrggbb) and a count per category. */
    record Series(String name, String colour, List<Integer> values) {

        Series {
            values = List.copyOf(values);
        }
    }

    /** まとめ or 今後の方向性: a title and the bureau's text as an outline (its headings, bullets and numbers). */
    record Text(String title, List<Outline.Line> lines) {

        Text {
            lines = List.copyOf(lines);
        }

        /** The bureau's text read as the printed 資料 reads it ({@link Outline}). */
        static Text of(String title, String written) {
            return new Text(title, Outline.parse(written));
        }

        /** A text of one plain line, e.g. to say that nothing is written yet. */
        static Text plain(String title, String line) {
            return new Text(title, List.of(new Outline.Line(0, Outline.Marker.NONE, "", line)));
        }
    }
}
