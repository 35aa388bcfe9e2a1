package jp.osaka.renkei.admin.ui;

import jp.osaka.renkei.survey.InstrumentItem;
import jp.osaka.renkei.ward.Ward;

/** How long the two names of a {@link NamesDialog} may be, and the service's message keys that say so at a field. */
record NameLimits(int ja, String jaKey, int en, String enKey) {

    static final NameLimits WARD = new NameLimits(Ward.MAX_NAME_JA, "ward.nameJa.tooLong", Ward.MAX_NAME_EN,
            "ward.nameEn.tooLong");

    /** An item's label, and a new partner's name (the label it starts with). */
    static final NameLimits ITEM = new NameLimits(InstrumentItem.MAX_LABEL_JA, "instrument.labelJa.tooLong",
            InstrumentItem.MAX_LABEL_EN, "instrument.labelEn.tooLong");
}
