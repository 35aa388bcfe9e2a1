package jp.osaka.renkei.results;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the 資料's slides say, every text already in the reader's language: the title slide, the reference survey
 * (null when the round has none), a slide per instrument and the bureau's まとめ and 今後の方向性.
 * {@link ReportSlides} lays it out.
 */
record ReportDeck(Locale locale, String heading, String subtitle, String rounds, @Nullable Section reference,
        List<Instrument> instruments, List<Text> texts) {

    ReportDeck {
        instruments = List.copyOf(instruments);
        texts = List.copyOf(texts);
    }

    /** A slide with a chart under its title. */
    record Section(String title, Bars chart) {
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

    /** まとめ or 今後の方向性: a title and the bureau's text, a paragraph per line. */
    record Text(String title, List<String> paragraphs) {

        Text {
            paragraphs = List.copyOf(paragraphs);
        }

        /**
         * The bureau's text as the slide's paragraphs: one per line, as written (its own 「・」, 「＃」 or numbering
         * kept), blank lines left out. The one place that reads the text's structure.
         */
        static Text of(String title, String written) {
            return new Text(title, written.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
    }
}
