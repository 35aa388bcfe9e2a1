package jp.osaka.renkei.survey;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** An item of an instrument as the item editor shows it. */
public record ItemSummary(long id, int itemNo, LocalizedText label, LocalizedText partner, boolean retired) {

    static ItemSummary of(InstrumentItem item) {
        return new ItemSummary(item.getId(), item.getItemNo(), item.getLabel(), item.getPartner().getName(),
                item.isRetired());
    }
}
