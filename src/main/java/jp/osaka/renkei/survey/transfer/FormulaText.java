package jp.osaka.renkei.survey.transfer;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell that starts like a formula (= + - @, a tab or a carriage return) from running in a
 * spreadsheet by prefixing an apostrophe, and takes that apostrophe off again on import.
 */
final class FormulaText {

    /** Also any apostrophes already in front, so that removing exactly one always gives the value back. */
    private static final Pattern NEEDS_APOSTROPHE = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern HAS_APOSTROPHE = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private FormulaText() {
    }

    static String neutralise(String value) {
        return NEEDS_APOSTROPHE.matcher(value).matches() ? "'" + value : value;
    }

    static String restore(String value) {
        return HAS_APOSTROPHE.matcher(value).matches() ? value.substring(1) : value;
    }
}
