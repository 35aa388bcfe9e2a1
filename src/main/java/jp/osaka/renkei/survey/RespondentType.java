package jp.osaka.renkei.survey;

import java.util.Optional;

import jp.osaka.renkei.base.security.Role;

/** 回答主体: who answers. Each has its own instrument; a ward has one response of each per round. */
public enum RespondentType {
    /** 区役所. */
    WARD_OFFICE,
    /** 相談支援室. */
    SUPPORT_ROOM;

    /** The respondent type a ward role answers for; none for administrators and viewers. */
    public static Optional<RespondentType> of(Role role) {
        return switch (role) {
            case WARD_OFFICE -> Optional.of(WARD_OFFICE);
            case SUPPORT_ROOM -> Optional.of(SUPPORT_ROOM);
            case CITY_ADMIN, VIEWER -> Optional.empty();
        };
    }

    /** The URL form, e.g. ward-office. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<RespondentType> fromSlug(String slug) {
        for (RespondentType type : values()) {
            if (type.slug().equals(slug)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "respondent." + name();
    }
}
