package jp.osaka.renkei.base.ui;

import java.util.Set;

/**
 * The two names of a {@link NamesDialog}: what their fields are called (message keys, e.g. 区名（日本語）), how long
 * each may be, the service's message keys that are shown at the Japanese or the English field, and whether the
 * English name may be left empty (the Japanese name then stands for it).
 */
public record NameLimits(String jaLabel, int ja, Set<String> jaKeys, String enLabel, int en, String enKey,
        boolean enOptional) {
}
