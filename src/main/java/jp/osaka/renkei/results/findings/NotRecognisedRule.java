package jp.osaka.renkei.results.findings;

import java.util.Optional;

import jp.osaka.renkei.survey.Level;

/** 認知されていない区が多い: at least not-recognised-percent of the wards answer 区内に団体がない. */
public class NotRecognisedRule implements FindingRule {

    public static final String CODE = "NOT_RECOGNISED";

    private final FindingsProperties settings;

    public NotRecognisedRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.currentItems().stream()
                .filter(item -> FindingsProperties.atLeast(FindingRule.current(item).count(Level.NO_ORGANISATION),
                        FindingRule.current(item).answered(), settings.notRecognisedPercent()))
                .toList(), counts -> counts.count(Level.NO_ORGANISATION));
    }
}
