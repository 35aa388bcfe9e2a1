package jp.osaka.renkei.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

/**
 * The demo's ward counts per level, item by item, chosen so that the charts tell the story of the
 * seed's text (資料３): illustrative numbers, since the seed has none. Each row is
 * {とても, 連携できている, 連携できていない, 全く, 区内に団体がない} for items 1–12 and sums to 24 wards.
 */
final class DemoLevels {

    private static final int[][] WARD_OFFICE_2017 = {
        {10, 12, 2, 0, 0}, {6, 14, 4, 0, 0}, {5, 14, 5, 0, 0}, {6, 14, 4, 0, 0}, {8, 13, 3, 0, 0},
        {14, 10, 0, 0, 0}, {5, 14, 5, 0, 0}, {9, 12, 3, 0, 0}, {8, 13, 3, 0, 0}, {3, 12, 8, 1, 0},
        {0, 3, 5, 4, 12}, {15, 8, 1, 0, 0}};
    // ブランチ and 訪問介護 rise to about half; 理学療法士会 still often unknown; the coordinator とても almost everywhere.
    private static final int[][] WARD_OFFICE_2021 = {
        {14, 10, 0, 0, 0}, {9, 13, 2, 0, 0}, {8, 14, 2, 0, 0}, {10, 12, 2, 0, 0}, {13, 10, 1, 0, 0},
        {18, 6, 0, 0, 0}, {12, 10, 2, 0, 0}, {13, 10, 1, 0, 0}, {12, 11, 1, 0, 0}, {11, 10, 3, 0, 0},
        {1, 4, 5, 3, 11}, {23, 1, 0, 0, 0}};
    private static final int[][] SUPPORT_ROOM_2017 = {
        {9, 13, 2, 0, 0}, {3, 14, 7, 0, 0}, {3, 13, 8, 0, 0}, {8, 14, 2, 0, 0}, {15, 9, 0, 0, 0},
        {16, 8, 0, 0, 0}, {4, 14, 6, 0, 0}, {4, 13, 7, 0, 0}, {10, 12, 2, 0, 0}, {1, 6, 12, 5, 0},
        {0, 2, 5, 5, 12}, {12, 11, 1, 0, 0}};
    // 訪問看護 and 包括 almost all とても; 訪問介護 rose but is still low; 区役所担当者 flat at about half.
    private static final int[][] SUPPORT_ROOM_2021 = {
        {13, 11, 0, 0, 0}, {11, 12, 1, 0, 0}, {12, 11, 1, 0, 0}, {13, 10, 1, 0, 0}, {22, 2, 0, 0, 0},
        {23, 1, 0, 0, 0}, {12, 11, 1, 0, 0}, {11, 12, 1, 0, 0}, {14, 10, 0, 0, 0}, {4, 10, 9, 1, 0},
        {0, 3, 6, 4, 11}, {12, 11, 1, 0, 0}};

    private DemoLevels() {
    }

    /** For each item (index 0 = item 1), the level of each ward (index 0 = the first ward in order). */
    static List<List<Level>> levels(RespondentType type, int fiscalYear, int wards) {
        int[][] counts = switch (type) {
            case WARD_OFFICE -> fiscalYear < 2021 ? WARD_OFFICE_2017 : WARD_OFFICE_2021;
            case SUPPORT_ROOM -> fiscalYear < 2021 ? SUPPORT_ROOM_2017 : SUPPORT_ROOM_2021;
        };
        List<List<Level>> items = new ArrayList<>();
        for (int item = 0; item < counts.length; item++) {
            List<Level> perWard = new ArrayList<>();
            for (Level level : Level.values()) {
                perWard.addAll(Collections.nCopies(counts[item][level.ordinal()], level));
            }
            if (perWard.size() != wards) {
                throw new IllegalStateException("Demo counts must cover every ward: item " + (item + 1));
            }
            // Deterministic: the same demo data on every machine.
            Collections.shuffle(perWard, new Random(fiscalYear * 1000L + type.ordinal() * 100L + item));
            items.add(perWard);
        }
        return items;
    }
}
