package jp.osaka.renkei.account;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A user agent shortened to what a person recognises in ログイン中の端末, e.g. "Edge / Windows". */
final class Browsers {

    // order matters: Edge's and Opera's agents also name Chrome and Safari, Chrome's names Safari
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Windows", "Windows"),
            Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"), Map.entry("Mac OS X", "macOS"),
            Map.entry("Android", "Android"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

    private Browsers() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "-";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            String plain = userAgent.strip();
            return plain.length() > 60 ? plain.substring(0, 60) : plain;
        }
        return (browser == null ? "?" : browser) + " / " + (system == null ? "?" : system);
    }

    private static @Nullable String first(List<Map.Entry<String, String>> known, String userAgent) {
        return known.stream().filter(e -> userAgent.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}
