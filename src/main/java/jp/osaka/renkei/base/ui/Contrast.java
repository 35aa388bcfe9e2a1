package jp.osaka.renkei.base.ui;

/** The text colour that reads on a coloured background, for every chart and cell that colours by level. */
public final class Contrast {

    /** The app's dark text on coloured backgrounds. */
    public static final String DARK_TEXT = "#1f1f1f";
    public static final String WHITE = "#ffffff";

    private Contrast() {
    }

    /**
     * Dark text or white, whichever contrasts more with {@code hex} (#rrggbb): at least 4.5:1 on every level's
     * colour (ContrastTest), where a fixed luminance threshold once gave white at 4.35:1.
     */
    public static String textOn(String hex) {
        return ratio(hex, WHITE) >= ratio(hex, DARK_TEXT) ? WHITE : DARK_TEXT;
    }

    /** WCAG 2.0's contrast ratio of two colours given as #rrggbb: 1 (none) to 21 (black on white). */
    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG 2.0's relative luminance of #rrggbb. */
    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
