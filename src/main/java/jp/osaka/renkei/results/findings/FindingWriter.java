package jp.osaka.renkei.results.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a generated finding into words, Japanese and English, from the message bundles:
 * finding.rule.&lt;rule&gt; with {0} the items named (『7.総合相談窓口（ブランチ）』（24区中12区）、…),
 * {1} the comparison round, {2}, {3}… the rule's numbers.
 */
@Component
public class FindingWriter {

    private final MessageSource messages;

    public FindingWriter(MessageSource messages) {
        this.messages = messages;
    }

    public LocalizedText write(GeneratedFinding finding, @Nullable RoundSummary comparison) {
        return new LocalizedText(write(finding, comparison, Locale.JAPANESE), write(finding, comparison, Locale.ENGLISH));
    }

    private String write(GeneratedFinding finding, @Nullable RoundSummary comparison, Locale locale) {
        Locale supported = AppLocales.supported(locale);
        String separator = messages.getMessage("finding.separator", null, supported);
        String items = finding.mentions().stream()
                .map(mention -> messages.getMessage("finding.mention", new Object[] {mention.itemNo(),
                        mention.label().get(supported), mention.count(), mention.wards()}, supported))
                .collect(Collectors.joining(separator));
        List<Object> arguments = new ArrayList<>();
        arguments.add(items);
        arguments.add(comparison == null ? "" : FiscalYears.formatShort(comparison.fiscalYear(), supported));
        arguments.addAll(finding.numbers());
        return messages.getMessage("finding.rule." + finding.rule(), arguments.toArray(), supported);
    }
}
