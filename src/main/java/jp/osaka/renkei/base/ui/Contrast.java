package jp.osaka.renkei.base.ui;

/** The text colour that reads on a coloured background, for every chart and cell that colours by level. */
public final class Contrast {

    private Contrast() {
    }

    /** Dark text on light backgrounds, white on dark ones (WCAG relative luminance); {@code hex} as #rrggbb. */
    public static String textOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return luminance > 0.4 ? "#1f1f1f" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
