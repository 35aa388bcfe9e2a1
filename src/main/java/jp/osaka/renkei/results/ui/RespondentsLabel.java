package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.Respondents;

/**
 * Who answered a round: 「令和3年度：回答 24 / 24区」, or within a chart's or table's row label
 * 「令和3年度（回答 24 / 24区）」, so that no count is read without its base.
 */
class RespondentsLabel extends Span {

    RespondentsLabel(int fiscalYear, Respondents respondents) {
        setText(getTranslation("results.respondents.round", FiscalYears.format(fiscalYear, getLocale()),
                respondents.submitted(), respondents.wards()));
        addClassName("respondents-label");
        if (!respondents.complete()) {
            addClassName("incomplete");
        }
    }

    /** A row label of a chart or table: the round's short name with its respondents. */
    static String row(Component owner, Locale locale, int fiscalYear, Respondents respondents) {
        return owner.getTranslation("results.respondents.row", FiscalYears.formatShort(fiscalYear, locale),
                respondents.submitted(), respondents.wards());
    }
}
