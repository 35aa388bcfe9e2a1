package jp.osaka.renkei.results.findings;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** An item a finding names, e.g. 『7.総合相談窓口（ブランチ）』, with the count that made the rule apply. */
public record Mention(int itemNo, LocalizedText label, int count, int wards) {
}
