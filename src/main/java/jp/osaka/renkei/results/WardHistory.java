package jp.osaka.renkei.results;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * One ward's submitted answers over every round the signed-in user may see: each item's level per round,
 * the mutual pair per round and the comments the ward wrote.
 *
 * @param rounds    the rounds shown, oldest first
 * @param submitted the responses the ward submitted, as (round, respondent type)
 */
public record WardHistory(long wardId, String wardCode, LocalizedText ward, List<RoundSummary> rounds,
        Set<Submitted> submitted, List<ItemHistory> items, List<PairStatus> pairs, List<Comment> comments) {

    public WardHistory {
        rounds = List.copyOf(rounds);
        submitted = Set.copyOf(submitted);
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
        comments = List.copyOf(comments);
    }

    /** A response the ward submitted. */
    public record Submitted(long roundId, RespondentType type) {
    }

    /** Whether the ward's respondent of the type submitted its answers to the round (else 未回答). */
    public boolean submitted(long roundId, RespondentType type) {
        return submitted.contains(new Submitted(roundId, type));
    }

    /** The items one respondent type rated, in the order of the newest round that asked them. */
    public List<ItemHistory> items(RespondentType type) {
        return items.stream().filter(item -> item.type() == type).toList();
    }

    /**
     * One item of one instrument over the rounds, by partner (so a renamed or moved item stays one row); its
     * number and label as the newest round that asked it has them.
     */
    public record ItemHistory(RespondentType type, long partnerId, int itemNo, LocalizedText label,
            Map<Long, Level> levels) {

        public ItemHistory {
            levels = Map.copyOf(levels);
        }

        /** The level the ward gave in the round; null when it did not answer the item then. */
        public @Nullable Level level(long roundId) {
            return levels.get(roundId);
        }
    }

    /** 相互評価 of the ward in one round: what each side said about the other; a side is null until it submitted. */
    public record PairStatus(RoundSummary round, @Nullable Level officeAboutRoom, @Nullable Level roomAboutOffice) {

        public boolean answeredByBoth() {
            return officeAboutRoom != null && roomAboutOffice != null;
        }

        public boolean disagrees() {
            return answeredByBoth() && officeAboutRoom != roomAboutOffice;
        }
    }

    /** A comment beside one submitted answer. */
    public record Comment(RoundSummary round, RespondentType type, int itemNo, LocalizedText label,
            @Nullable Level level, String text) {
    }
}
