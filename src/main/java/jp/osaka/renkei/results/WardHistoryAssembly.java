package jp.osaka.renkei.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.reporting.PastAnswer;

/** Turns a ward's submitted answers (one row per answer) into its {@link WardHistory}; no database, no user. */
final class WardHistoryAssembly {

    private WardHistoryAssembly() {
    }

    /** The key of an item over the rounds: the instrument and the partner it asks about. */
    private record ItemKey(RespondentType type, long partnerId) {
    }

    /**
     * @param rounds  the rounds the user may see, in any order; answers of other rounds are left out
     * @param answers the ward's submitted answers
     */
    static WardHistory assemble(long wardId, String wardCode, LocalizedText ward, List<RoundSummary> rounds,
            List<PastAnswer> answers) {
        List<RoundSummary> oldestFirst = rounds.stream().sorted(Comparator.comparingInt(RoundSummary::fiscalYear)).toList();
        Map<Long, RoundSummary> byId = new HashMap<>();
        oldestFirst.forEach(round -> byId.put(round.id(), round));
        List<PastAnswer> shown = answers.stream().filter(a -> byId.containsKey(a.roundId()))
                // oldest round first, so that the newest round's number and label are the ones kept
                .sorted(Comparator.comparingInt(a -> byId.get(a.roundId()).fiscalYear()))
                .toList();

        Set<WardHistory.Submitted> submitted = new HashSet<>();
        Map<ItemKey, PastAnswer> newest = new LinkedHashMap<>();
        Map<ItemKey, Map<Long, Level>> levels = new HashMap<>();
        Map<Long, Level> office = new HashMap<>();
        Map<Long, Level> room = new HashMap<>();
        List<WardHistory.Comment> comments = new ArrayList<>();
        for (PastAnswer answer : shown) {
            submitted.add(new WardHistory.Submitted(answer.roundId(), answer.type()));
            ItemKey key = new ItemKey(answer.type(), answer.partnerId());
            newest.put(key, answer);
            Level level = answer.level();
            if (level != null) {
                levels.computeIfAbsent(key, k -> new HashMap<>()).put(answer.roundId(), level);
                if (aboutTheOtherSide(answer)) {
                    (answer.type() == RespondentType.WARD_OFFICE ? office : room).put(answer.roundId(), level);
                }
            }
            String comment = answer.comment();
            if (comment != null && !comment.isBlank()) {
                comments.add(new WardHistory.Comment(byId.get(answer.roundId()), answer.type(), answer.itemNo(),
                        answer.label(), level, comment.strip()));
            }
        }
        List<WardHistory.ItemHistory> items = newest.entrySet().stream()
                .map(e -> new WardHistory.ItemHistory(e.getKey().type(), e.getKey().partnerId(), e.getValue().itemNo(),
                        e.getValue().label(), levels.getOrDefault(e.getKey(), Map.of())))
                .sorted(Comparator.comparing(WardHistory.ItemHistory::type).thenComparingInt(WardHistory.ItemHistory::itemNo))
                .toList();
        List<WardHistory.PairStatus> pairs = oldestFirst.stream()
                .map(round -> new WardHistory.PairStatus(round, office.get(round.id()), room.get(round.id())))
                .toList();
        // newest round first: what the ward wrote last is read first
        comments.sort(Comparator.comparing((WardHistory.Comment c) -> -c.round().fiscalYear())
                .thenComparing(WardHistory.Comment::type).thenComparingInt(WardHistory.Comment::itemNo));
        return new WardHistory(wardId, wardCode, ward, oldestFirst, submitted, items, pairs, comments);
    }

    /** The items of the mutual pair: the ward office rating the coordinators, the support room the ward office. */
    private static boolean aboutTheOtherSide(PastAnswer answer) {
        return answer.represents() != null && answer.represents() != answer.type();
    }
}
