package jp.osaka.renkei.results.findings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the findings rules (renkei.findings.*). Shares are whole percentages of the wards
 * that answered the item; a bound is met when it is reached exactly.
 *
 * @param almostAllPercent      ほぼすべての区: at least this share answers とても
 * @param aboutHalfMinPercent   約半数程度: a share from this ...
 * @param aboutHalfMaxPercent   ... up to this
 * @param stillFewPercent       依然として少ない: a share below this
 * @param flatWards             ほぼ横ばい: a change of at most this many wards either way
 * @param notRecognisedPercent  認知されていない区が多い: at least this share answers 区内に団体がない
 * @param pairDifferenceWards   相違がある: the two sides' とても counts differ by at least this many wards
 * @param markedRisePercent     約半数程度 / 約半数に増加: とても's share rose by at least this many percentage points
 *                              (0: any rise beyond a flat change, as DESIGN.md's rule alone says)
 * @param roseToHalfMaxNotWellPercent 約半数に増加している (not 約半数程度): at most this share answers
 *                              連携できていない or 全く連携できていない now
 */
@ConfigurationProperties("renkei.findings")
public record FindingsProperties(
        @DefaultValue("90") int almostAllPercent,
        @DefaultValue("40") int aboutHalfMinPercent,
        @DefaultValue("60") int aboutHalfMaxPercent,
        @DefaultValue("30") int stillFewPercent,
        @DefaultValue("1") int flatWards,
        @DefaultValue("25") int notRecognisedPercent,
        @DefaultValue("3") int pairDifferenceWards,
        @DefaultValue("25") int markedRisePercent,
        @DefaultValue("5") int roseToHalfMaxNotWellPercent) {

    /** The defaults, as documented in config/application.yml. */
    public static FindingsProperties defaults() {
        return new FindingsProperties(90, 40, 60, 30, 1, 25, 3, 25, 5);
    }

    /** Whether {@code count} of {@code wards} is at least {@code percent} %, in whole numbers (no rounding). */
    static boolean atLeast(int count, int wards, int percent) {
        return count * 100 >= percent * wards;
    }
}
