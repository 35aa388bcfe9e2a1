package jp.osaka.renkei.results;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/** The ward × item view of one instrument in one round (administrators only): each ward's level per item. */
public record WardLevels(RoundSummary round, RespondentType type, List<Column> items, List<Row> wards) {

    public WardLevels {
        items = List.copyOf(items);
        wards = List.copyOf(wards);
    }

    /** An item, as a column. */
    public record Column(long partnerId, int itemNo, LocalizedText label) {
    }

    /**
     * A ward, as a row: its levels by partner id; empty when the ward has not submitted (未回答). The code
     * addresses the ward's profile.
     */
    public record Row(long wardId, String wardCode, LocalizedText ward, Map<Long, Level> levels) {

        public Row {
            levels = Map.copyOf(levels);
        }

        public @Nullable Level level(long partnerId) {
            return levels.get(partnerId);
        }

        public boolean submitted() {
            return !levels.isEmpty();
        }
    }
}
