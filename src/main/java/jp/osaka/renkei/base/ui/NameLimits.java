package jp.osaka.renkei.base.ui;

import java.util.Set;

/**
 * How long the two names of a {@link NamesDialog} may be, the service's message keys that are shown at the Japanese
 * or the English field, and whether the English name may be left empty (the Japanese name then stands for it).
 */
public record NameLimits(int ja, Set<String> jaKeys, int en, String enKey, boolean enOptional) {
}
