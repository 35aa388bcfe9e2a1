package jp.osaka.renkei.survey;

/**
 * 連携度: the five answers, in the seed's order. The one place that maps a level to its label key
 * and its colour, so every chart, table and form agrees.
 */
public enum Level {
    /** とても連携できている. */
    VERY_WELL("#1a5fa0", true),
    /** 連携できている. */
    WELL("#7fb3de", true),
    /** 連携できていない. */
    NOT_WELL("#f4a259", true),
    /** 全く連携できていない. */
    NOT_AT_ALL("#c8553d", true),
    /** 区内に団体がない: read as "not recognised"; not a score. */
    NO_ORGANISATION("#b8b8b8", false);

    private final String colour;
    private final boolean score;

    Level(String colour, boolean score) {
        this.colour = colour;
        this.score = score;
    }

    public String colour() {
        return colour;
    }

    /** False for 区内に団体がない, which says nothing about how well the ward cooperates. */
    public boolean isScore() {
        return score;
    }

    public String messageKey() {
        return "level." + name();
    }
}
