package jp.osaka.renkei.survey;

/**
 * 連携度: the five answers, in the seed's order. The one place that maps a level to its label key,
 * its colour and its pattern, so every chart, table and form agrees. The colours keep the seed's scheme
 * (blue good, orange and red bad, grey none), alternate light and dark so that neighbouring segments differ
 * by at least 3:1 where five levels allow it, and carry white or dark text at 4.5:1 or more; the pattern tells
 * each level apart where they do not (docs/decisions/0012-level-colours-and-patterns.md).
 */
public enum Level {
    /** とても連携できている. */
    VERY_WELL("#1a5fa0", LevelPattern.SOLID, true),
    /** 連携できている. */
    WELL("#8cc0e6", LevelPattern.STRIPES, true),
    /** 連携できていない. */
    NOT_WELL("#f4a259", LevelPattern.DOTS, true),
    /** 全く連携できていない. */
    NOT_AT_ALL("#a33b2b", LevelPattern.CROSSHATCH, true),
    /** 区内に団体がない: read as "not recognised"; not a score. */
    NO_ORGANISATION("#b8b8b8", LevelPattern.CHECKS, false);

    private final String colour;
    private final LevelPattern pattern;
    private final boolean score;

    Level(String colour, LevelPattern pattern, boolean score) {
        this.colour = colour;
        this.pattern = pattern;
        this.score = score;
    }

    public String colour() {
        return colour;
    }

    /** The second cue beside the colour, one per level; 未回答 has its own ({@code SPARSE_STRIPES}). */
    public LevelPattern pattern() {
        return pattern;
    }

    /** False for 区内に団体がない, which says nothing about how well the ward cooperates. */
    public boolean isScore() {
        return score;
    }

    public String messageKey() {
        return "level." + name();
    }
}
