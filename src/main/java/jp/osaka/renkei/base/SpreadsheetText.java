package jp.osaka.renkei.base;

import java.util.regex.Pattern;

/**
 * Text that goes into a spreadsheet file the app writes (CSV, .xlsx): a value starting like a formula
 * (= + - @, a tab or a carriage return) must be shown as text, never evaluated — in CSV with an
 * apostrophe in front, in .xlsx as a quote-prefixed text cell.
 */
public final class SpreadsheetText {

    /** Also any apostrophes already in front, so that removing exactly one always gives the value back. */
    private static final Pattern LOOKS_LIKE_FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private SpreadsheetText() {
    }

    public static boolean looksLikeFormula(String value) {
        return LOOKS_LIKE_FORMULA.matcher(value).matches();
    }

    /** The value as a CSV cell: with an apostrophe in front when a spreadsheet would run it. */
    public static String neutralise(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
