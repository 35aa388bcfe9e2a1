package jp.osaka.renkei.ops;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundService;

/**
 * The writers' saves through the app's own services, each as the ward's ward-office user (signed in
 * as the login would sign them in), in the JVM that runs the app: the outage test's own, or the child
 * JVM of the crash test through {@link CrashTestEndpoint}.
 */
final class ServiceApp implements AnswerWriters.App {

    private final ResponseService responses;
    private final int fiscalYear;
    private final Map<Integer, Long> itemIds = new HashMap<>();

    ServiceApp(ResponseService responses, int fiscalYear) {
        this.responses = responses;
        this.fiscalYear = fiscalYear;
    }

    /** Opens a round for the year with the standard items, as the bureau does. */
    static void openRound(RoundService rounds, int fiscalYear) {
        SystemActor.run(() -> rounds.open(rounds.create(fiscalYear, null).id(), LocalDate.now().plusWeeks(2)));
    }

    @Override
    public long save(long wardId, int itemNo, Level level, String comment, long expectedVersion) {
        AnswerInput answer = new AnswerInput(itemId(itemNo), level, comment);
        return RunAs.call(wardUser(wardId), () -> responses.saveDraft(key(wardId), List.of(answer), expectedVersion))
                .version();
    }

    @Override
    public long submit(long wardId, long expectedVersion) {
        return RunAs.call(wardUser(wardId), () -> responses.submit(key(wardId), List.of(), expectedVersion)).version();
    }

    @Override
    public AnswerWriters.Progress progress(long wardId) {
        AnswerSheet sheet = SystemActor.call(() -> responses.sheet(key(wardId)));
        return new AnswerWriters.Progress(sheet.version(), sheet.status() == ResponseStatus.SUBMITTED);
    }

    /** What 集計結果 shows for the round's ward-office instrument: wards per item ("3/WELL") and level. */
    static Map<String, Integer> shownCounts(ResultsService results, int fiscalYear) {
        Map<String, Integer> counts = new HashMap<>();
        for (ItemResult item : SystemActor.call(() -> results.instrument(fiscalYear, null, RespondentType.WARD_OFFICE))
                .items()) {
            if (item.current() == null) {
                continue;
            }
            for (Level level : Level.values()) {
                int count = item.current().count(level);
                if (count > 0) {
                    counts.put(item.itemNo() + "/" + level.name(), count);
                }
            }
        }
        return counts;
    }

    private synchronized long itemId(int itemNo) {
        if (itemIds.isEmpty()) {
            SystemActor.call(() -> responses.sheet(key(1))).lines()
                    .forEach(line -> itemIds.put(line.itemNo(), line.itemId()));
        }
        return itemIds.get(itemNo);
    }

    private ResponseKey key(long wardId) {
        return new ResponseKey(fiscalYear, wardId, RespondentType.WARD_OFFICE);
    }

    private static RenkeiUser wardUser(long wardId) {
        return new RenkeiUser(10_000 + wardId, "writer-" + wardId, "書き手 " + wardId, Role.WARD_OFFICE, wardId, "",
                true, false);
    }
}
