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
 * @param officeVeryWell of those, wards whose office answered とても about its coordinators; {@code roomVeryWell}
 *                       likewise: both over the same wards, so that the two sides can be compared
 * @param office         the ward offices that answered the pair's item; {@code room} the support rooms
 * @param withheld       small numbers: the counts are zero as the signed-in user may not see them
 */
public record MutualPairs(RoundSummary round, List<Row> wards, int answeredByBoth, int disagreeing,
        int officeVeryWell, int roomVeryWell, Respondents office, Respondents room, boolean withheld) {

    public MutualPairs {
        wards = List.copyOf(wards);
    }

    /** Pairs where every ward's both sides answered. */
    public MutualPairs(RoundSummary round, List<Row> wards, int answeredByBoth, int disagreeing, int officeVeryWell,
            int roomVeryWell) {
        this(round, wards, answeredByBoth, disagreeing, officeVeryWell, roomVeryWell,
                new Respondents(answeredByBoth, answeredByBoth), new Respondents(answeredByBoth, answeredByBoth), false);
    }

    /** The wards where both sides answered, out of all wards: the base of every count here. */
    public Respondents both() {
        return new Respondents(answeredByBoth, office.wards());
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
