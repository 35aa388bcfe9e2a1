package jp.osaka.renkei.results.findings;

import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;

/**
 * Shares of the wards that answered an item, as the rules that tell a marked rise or a rise to about half
 * read them: each round's share of its own respondents, so a round with fewer answers is not read as a fall.
 */
final class Shares {

    private Shares() {
    }

    /** Whether とても's share rose by at least {@code points} percentage points; only for items asked in both. */
    static boolean markedRise(ItemResult item, int points) {
        LevelCounts now = FindingRule.current(item);
        LevelCounts before = item.comparison();
        if (before == null) {
            throw new IllegalArgumentException("not asked in both rounds: " + item.partnerCode());
        }
        // now/answeredNow − before/answeredBefore ≥ points/100, in whole numbers
        long rise = 100L * (FindingRule.veryWell(now) * (long) before.answered()
                - FindingRule.veryWell(before) * (long) now.answered());
        return rise >= (long) points * now.answered() * before.answered();
    }

    /** Whether とても's share is from about-half-min-percent up to about-half-max-percent. */
    static boolean aboutHalf(LevelCounts counts, FindingsProperties settings) {
        int veryWell = FindingRule.veryWell(counts);
        return FindingsProperties.atLeast(veryWell, counts.answered(), settings.aboutHalfMinPercent())
                && veryWell * 100 <= settings.aboutHalfMaxPercent() * counts.answered();
    }

    /** Whether at most rose-to-half-max-not-well-percent answer 連携できていない or 全く連携できていない. */
    static boolean fewNotWell(LevelCounts counts, FindingsProperties settings) {
        int notWell = counts.count(Level.NOT_WELL) + counts.count(Level.NOT_AT_ALL);
        return notWell * 100 <= settings.roseToHalfMaxNotWellPercent() * counts.answered();
    }

    /** 約半数: とても rose beyond a flat change and by marked-rise-percent points, and is now about half. */
    static boolean roseMarkedlyToAboutHalf(ItemResult item, FindingsProperties settings) {
        return FindingRule.veryWellChange(item) > settings.flatWards()
                && markedRise(item, settings.markedRisePercent())
                && aboutHalf(FindingRule.current(item), settings);
    }
}
