package jp.osaka.renkei.demo;

import jp.osaka.renkei.survey.Level;

import org.jspecify.annotations.Nullable;

/** A few comments of the kind wards write beside their answers, so the demo form is not bare. */
final class DemoComments {

    private DemoComments() {
    }

    static @Nullable String comment(int itemNo, Level level, int ward) {
        if (ward % 4 != 0) {
            return null;
        }
        return switch (itemNo) {
            case 5 -> level == Level.VERY_WELL ? "月1回の連絡会で事例検討を行っている。" : null;
            case 7 -> "ブランチとの情報共有の場がまだ少ない。";
            case 11 -> level == Level.NO_ORGANISATION ? "区内の理学療法士会の有無を把握できていない。" : null;
            case 12 -> level == Level.VERY_WELL ? "定例会議で日常的に情報交換している。" : null;
            default -> null;
        };
    }
}
