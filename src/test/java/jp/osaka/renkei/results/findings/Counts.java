package jp.osaka.renkei.results.findings;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.results.MutualPairs;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * Hand-made counts for the rule tests: 20 wards, so that percentages are whole numbers. A level row is
 * {とても, 連携できている, 連携できていない, 全く, 区内に団体がない}; what it leaves out is 未回答.
 */
final class Counts {

    static final int WARDS = 20;
    static final RoundSummary NOW = new RoundSummary(2, 2021, RoundStatus.PUBLISHED, null, 2017);
    static final RoundSummary BEFORE = new RoundSummary(1, 2017, RoundStatus.PUBLISHED, null, null);

    private Counts() {
    }

    static int[] levels(int... counts) {
        return Arrays.copyOf(counts, Level.values().length);
    }

    /** An item asked in both rounds, or in one only (the other row null). */
    static ItemResult item(int no, String name, int @Nullable [] now, int @Nullable [] before) {
        return new ItemResult(no, "P" + no, new LocalizedText(name, name + " (en)"), now == null ? null : no,
                before == null ? null : no, null, counts(now), counts(before));
    }

    /**
     * An item asked in both rounds whose changes are counted over fewer wards than answered (the wards that
     * answered both rounds): {@code pairedNow} and {@code pairedBefore} are those wards' rows.
     */
    static ItemResult pairedItem(int no, String name, int[] now, int[] before, int[] pairedNow, int[] pairedBefore) {
        return new ItemResult(no, "P" + no, new LocalizedText(name, name + " (en)"), no, no, null, counts(now),
                counts(before), counts(pairedNow), counts(pairedBefore));
    }

    /** The instrument's item about the other respondent (the mutual pair). */
    static ItemResult pairItem(int no, int[] now) {
        return new ItemResult(no, "P" + no, new LocalizedText("区役所担当者", "Ward office staff"), no, no,
                RespondentType.WARD_OFFICE, counts(now), counts(now));
    }

    static FindingContext compared(ItemResult... items) {
        return new FindingContext(new InstrumentResults(NOW, BEFORE, RespondentType.SUPPORT_ROOM, WARDS, WARDS, WARDS,
                List.of(items)), null);
    }

    /** The round alone: no comparison round chosen. */
    static FindingContext alone(ItemResult... items) {
        return new FindingContext(new InstrumentResults(NOW, null, RespondentType.SUPPORT_ROOM, WARDS, WARDS, 0,
                List.of(items)), null);
    }

    static FindingContext withPairs(FindingContext context, int officeVeryWell, int roomVeryWell) {
        return new FindingContext(context.results(),
                new MutualPairs(NOW, List.of(), WARDS, 0, officeVeryWell, roomVeryWell));
    }

    /** The mutual pair where not every ward's both sides answered, counted over those that did. */
    static FindingContext withPairs(FindingContext context, int answeredByBoth, int officeVeryWell, int roomVeryWell,
            boolean withheld) {
        return new FindingContext(context.results(), new MutualPairs(NOW, List.of(), answeredByBoth, 0, officeVeryWell,
                roomVeryWell, new Respondents(WARDS - 2, WARDS), new Respondents(answeredByBoth, WARDS), withheld));
    }

    private static @Nullable LevelCounts counts(int @Nullable [] row) {
        if (row == null) {
            return null;
        }
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        int answered = 0;
        for (Level level : Level.values()) {
            byLevel.put(level, row[level.ordinal()]);
            answered += row[level.ordinal()];
        }
        return new LevelCounts(byLevel, WARDS - answered);
    }
}
