package jp.osaka.renkei.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Renkei speaks: Japanese first (the default for everyone), English second. */
public final class AppLocales {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(JAPANESE, ENGLISH);

    private AppLocales() {
    }

    /** Maps any requested locale to one we speak; unknown ones fall back to Japanese. */
    public static Locale supported(Locale requested) {
        return ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : JAPANESE;
    }

    public static boolean isJapanese(Locale locale) {
        return !ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
