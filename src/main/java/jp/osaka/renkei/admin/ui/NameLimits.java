package jp.osaka.renkei.admin.ui;

import java.util.Set;

import jp.osaka.renkei.survey.InstrumentItem;
import jp.osaka.renkei.ward.Ward;

/**
 * How long the two names of a {@link NamesDialog} may be, the service's message keys that are shown at the Japanese
 * or the English field, and whether the English name may be left empty (the Japanese name then stands for it).
 */
record NameLimits(int ja, Set<String> jaKeys, int en, String enKey, boolean enOptional) {

    static final NameLimits WARD = new NameLimits(Ward.MAX_NAME_JA, Set.of("ward.nameJa.tooLong"), Ward.MAX_NAME_EN,
            "ward.nameEn.tooLong", false);

    /** An item's label, and a new partner's name (the label it starts with). */
    static final NameLimits ITEM = new NameLimits(InstrumentItem.MAX_LABEL_JA,
            Set.of("instrument.labelJa.tooLong", "instrument.labelJa.required", "instrument.partner.exists"),
            InstrumentItem.MAX_LABEL_EN, "instrument.labelEn.tooLong", true);
}
