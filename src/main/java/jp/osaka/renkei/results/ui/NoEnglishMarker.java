package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.results.FindingSummary;

/**
 * （英語なし）after a finding read in English that has no English text, so the reader knows the Japanese
 * shown is untranslated (docs/decisions/0007-stale-english-of-an-edited-finding.md).
 */
final class NoEnglishMarker {

    private NoEnglishMarker() {
    }

    static void addTo(ListItem item, FindingSummary line, Locale locale) {
        if (line.lacksEnglish() && !AppLocales.isJapanese(locale)) {
            Span marker = new Span(" " + item.getTranslation("findings.noEnglish"));
            marker.addClassName("finding-no-english");
            item.add(marker);
        }
    }
}
