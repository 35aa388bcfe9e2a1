package jp.osaka.renkei.results;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * A comment the bureau chose to print in a round's report (資料), under its item's chart.
 *
 * @param ward the ward's name when the bureau chose to name it (区名も掲載); null when printed anonymously
 */
public record ReportComment(long ratingId, RespondentType type, long partnerId, String text,
        @Nullable LocalizedText ward) {

    public boolean named() {
        return ward != null;
    }
}
