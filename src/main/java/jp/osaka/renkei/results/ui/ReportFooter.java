package jp.osaka.renkei.results.ui;

import com.vaadin.flow.dom.Element;

/**
 * The footer of every printed page of the 資料: the 資料番号 and short title at the left, the page of pages in the
 * middle, the date the report was made at the right. CSS page-margin boxes (CSS Paged Media Level 3, "Page-Margin
 * Boxes"; Chromium prints them) with the texts written by the server, in the reader's language, as a
 * {@code <style>} element of the view, so that the footer leaves with the view.
 */
final class ReportFooter {

    private ReportFooter() {
    }

    /** @param left 資料番号 and title; {@code right} the date */
    static Element style(String left, String right) {
        Element style = new Element("style");
        style.setAttribute("id", "report-footer-style");
        style.setText("""
                @media print {
                  @page {
                    margin-bottom: 14mm;
                    @bottom-left { content: %s; font-size: 8pt; color: #444; }
                    @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; }
                    @bottom-right { content: %s; font-size: 8pt; color: #444; }
                  }
                }""".formatted(string(left), string(right)));
        return style;
    }

    /**
     * A CSS string of any text: letters, digits, spaces and every character beyond ASCII as they are, any other
     * character as a hexadecimal escape, so that no text the bureau typed ends the string or the rule.
     */
    static String string(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c > 0x7F && c != 0x2028 && c != 0x2029 || Character.isLetterOrDigit(c) || c == ' ') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }
}
