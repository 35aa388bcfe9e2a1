package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 相互評価 in one round: what each ward office answered about its coordinators and what each support
 * room answered about its ward office. The counts cover every ward; {@code wards} holds only the
 * wards the signed-in user may see individually.
 *
 * @param answeredByBoth wards where both sides have submitted
 * @param disagreeing    of those, wards where the two levels differ
 */
public record MutualPairs(RoundSummary round, List<Row> wards, int answeredByBoth, int disagreeing,
        int officeVeryWell, int roomVeryWell) {

    public MutualPairs {
        wards = List.copyOf(wards);
    }

    /** One ward's pair; a side is null until it has submitted. */
    public record Row(long wardId, LocalizedText ward, @Nullable Level officeAboutRoom, @Nullable Level roomAboutOffice) {

        public boolean answeredByBoth() {
            return officeAboutRoom != null && roomAboutOffice != null;
        }

        public boolean disagrees() {
            return answeredByBoth() && officeAboutRoom != roomAboutOffice;
        }
    }
}
