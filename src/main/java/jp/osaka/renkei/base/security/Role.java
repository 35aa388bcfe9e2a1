package jp.osaka.renkei.base.security;

/** A user's role; a ward role ties the user to exactly one ward. */
public enum Role {
    WARD_OFFICE(true),
    SUPPORT_ROOM(true),
    CITY_ADMIN(false),
    VIEWER(false);

    private final boolean wardScoped;

    Role(boolean wardScoped) {
        this.wardScoped = wardScoped;
    }

    /** Ward roles need a ward; the others must not have one (a CHECK constraint says the same). */
    public boolean wardScoped() {
        return wardScoped;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
