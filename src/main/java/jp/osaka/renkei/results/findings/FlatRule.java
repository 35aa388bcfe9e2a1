package jp.osaka.renkei.results.findings;

import java.util.Optional;

/** ほぼ横ばい: the wards answering とても changed by at most flat-wards either way. */
public class FlatRule implements FindingRule {

    public static final String CODE = "FLAT";

    private final FindingsProperties settings;

    public FlatRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.comparedItems().stream()
                .filter(item -> Math.abs(FindingRule.veryWellChange(item)) <= settings.flatWards())
                .toList(), FindingRule::veryWell);
    }
}
