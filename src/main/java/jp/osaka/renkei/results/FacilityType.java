package jp.osaka.renkei.results;

/** The facility types of the reference survey (医療施設等アンケート), in the seed's order. */
public enum FacilityType {
    /** 病院. */
    HOSPITAL,
    /** 在宅療養支援診療所. */
    HOME_CARE_CLINIC,
    /** 在宅療養支援歯科診療所. */
    HOME_CARE_DENTAL_CLINIC,
    /** 在宅患者訪問薬剤管理指導料届出薬局. */
    HOME_VISIT_PHARMACY,
    /** 訪問看護ステーション. */
    HOME_NURSING_STATION;

    public String messageKey() {
        return "facility." + name();
    }
}
