package jp.osaka.renkei.base.security;

/** The four roles of DESIGN.md, as Spring Security role names (without the ROLE_ prefix). */
public final class Roles {

    /** 区役所担当者: staff of one ward office; sees and answers for their own ward only. */
    public static final String WARD_OFFICE = "WARD_OFFICE";
    /** 相談支援室: coordinators of a ward's support room; their own ward only. */
    public static final String SUPPORT_ROOM = "SUPPORT_ROOM";
    /** 局担当者（管理者）: the city bureau that runs the programme; all wards. */
    public static final String CITY_ADMIN = "CITY_ADMIN";
    /** 閲覧者: read-only, aggregates and reports. */
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
