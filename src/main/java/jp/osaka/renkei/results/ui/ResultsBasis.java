package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Locale;

import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * The lines that say what a breakdown rests on: who answered each round, which wards a change compares,
 * and, for small numbers, why no counts are shown.
 */
final class ResultsBasis {

    private ResultsBasis() {
    }

    /** 「令和3年度：回答 24 / 24区、平成29年度：回答 20 / 24区」. */
    static String respondents(Component owner, InstrumentResults counts) {
        String text = new RespondentsLabel(counts.round().fiscalYear(), counts.respondents()).getText();
        RoundSummary comparison = counts.comparison();
        Respondents before = counts.comparisonRespondents();
        if (comparison != null && before != null) {
            text += owner.getTranslation("results.respondents.separator")
                    + new RespondentsLabel(comparison.fiscalYear(), before).getText();
        }
        return text;
    }

    /**
     * The 資料's heading line of the rounds, as on the bureau's slides, each with who answered:
     * 「今回調査：令和3年度（回答 24 / 24区）　前回調査：平成29年度（回答 20 / 24区）」.
     */
    static String rounds(Component owner, Locale locale, InstrumentResults counts) {
        String current = RespondentsLabel.row(owner, locale, counts.round().fiscalYear(), counts.respondents());
        RoundSummary comparison = counts.comparison();
        Respondents before = counts.comparisonRespondents();
        return comparison == null || before == null ? owner.getTranslation("report.rounds.current", current)
                : owner.getTranslation("report.rounds", current,
                        RespondentsLabel.row(owner, locale, comparison.fiscalYear(), before));
    }

    /** 「増減は両年度とも回答した n 区で比較しています」; empty without a comparison round. */
    static String changeBasis(Component owner, InstrumentResults counts) {
        Respondents paired = counts.paired();
        return paired == null ? "" : owner.getTranslation("results.changeBasis", paired.submitted());
    }

    static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    /** The small-numbers rule, stated where counts are withheld. */
    static Paragraph smallNumbers(Component owner, String id, String key, int minimum) {
        Paragraph paragraph = paragraph(id, owner.getTranslation(key, minimum));
        paragraph.addClassName("small-numbers");
        return paragraph;
    }
}
