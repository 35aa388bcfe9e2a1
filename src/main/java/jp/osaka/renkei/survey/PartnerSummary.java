package jp.osaka.renkei.survey;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** A partner (関係機関) as lists show it. */
public record PartnerSummary(long id, String code, LocalizedText name) {

    static PartnerSummary of(Partner partner) {
        return new PartnerSummary(partner.getId(), partner.getCode(), partner.getName());
    }
}
