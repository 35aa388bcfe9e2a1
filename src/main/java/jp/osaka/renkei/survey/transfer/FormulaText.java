package jp.osaka.renkei.survey.transfer;

import java.util.regex.Pattern;

import jp.osaka.renkei.base.SpreadsheetText;

/**
 * Keeps a CSV cell that starts like a formula (= + - @, a tab or a carriage return) from running in a
 * spreadsheet by prefixing an apostrophe, and takes that apostrophe off again on import.
 */
final class FormulaText {

    private static final Pattern HAS_APOSTROPHE = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private FormulaText() {
    }

    static String neutralise(String value) {
        return SpreadsheetText.neutralise(value);
    }

    static String restore(String value) {
        return HAS_APOSTROPHE.matcher(value).matches() ? value.substring(1) : value;
    }
}
