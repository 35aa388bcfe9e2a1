package jp.osaka.renkei.results;

import com.github.benmanes.caffeine.cache.Cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.reporting.AskedItem;
import jp.osaka.renkei.survey.reporting.PairAnswer;
import jp.osaka.renkei.survey.reporting.RoundAnswers;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 集計結果 for every role. Counts over all wards are visible to everyone once a round is published
 * (administrators see them from the moment a round opens); individual wards' answers only to
 * administrators, and to a ward's own users for their own ward.
 * <p>
 * The city-wide counts of a published round (against a published comparison round) are kept once counted,
 * by every instance for itself: 公表 is a round's last state, and answers, imports, entries on behalf and
 * items all refuse a published round, so they cannot change. At national scale counting a round against its
 * comparison round takes 30–35 ms of the database, which the load test (docs/performance.md) showed as the largest part of
 * opening 集計結果, and the KPIs count every published round. {@code renkei.results.keep-published=false} turns
 * it off (the {@code bench} profile does, to time the counting itself).
 * <p>
 * Changes are counted over the wards that submitted in both rounds ({@link ItemResult#change}). Small numbers:
 * when any base of a breakdown is below {@code renkei.results.minimum-respondents}, only administrators get the
 * per-level counts; everyone else gets the respondents alone ({@link InstrumentResults#withheld()}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ResultsService {

    private final RoundAnswers answers;
    private final RoundService rounds;
    private final WardService wards;
    private final CurrentUser currentUser;
    private final boolean keepPublished;
    private final int minimumRespondents;
    private final Cache<InstrumentKey, InstrumentResults> keptInstruments;
    private final Cache<Long, Integer> keptDisagreeing;

    /** A round, its comparison round's id (0: none) and an instrument. */
    private record InstrumentKey(long roundId, long comparisonId, RespondentType type) {
    }

    ResultsService(RoundAnswers answers, RoundService rounds, WardService wards, CurrentUser currentUser,
            ResultsProperties settings, KeptResults kept) {
        this.answers = answers;
        this.keptInstruments = kept.cache("instruments");
        this.keptDisagreeing = kept.cache("disagreeing");
        this.rounds = rounds;
        this.wards = wards;
        this.currentUser = currentUser;
        this.keepPublished = settings.keepPublished();
        this.minimumRespondents = settings.minimumRespondents();
    }

    /** The rounds whose results the signed-in user may see, newest first. */
    public List<RoundSummary> rounds() {
        RenkeiUser user = currentUser.require();
        return rounds.findAll().stream().filter(round -> visible(user, round)).toList();
    }

    /** Counts per level of one instrument, against a comparison round (or none when null). */
    public InstrumentResults instrument(int fiscalYear, @Nullable Integer comparisonYear, RespondentType type) {
        RoundSummary round = visibleRound(fiscalYear);
        RoundSummary comparison = comparisonYear == null ? null : visibleRound(comparisonYear);
        InstrumentResults counted;
        if (kept(round) && (comparison == null || kept(comparison))) {
            counted = keptInstruments.get(
                    new InstrumentKey(round.id(), comparison == null ? 0 : comparison.id(), type),
                    key -> count(round, comparison, type));
        } else {
            counted = count(round, comparison, type);
        }
        boolean mayBreakDown = currentUser.require().role() == Role.CITY_ADMIN
                || !counted.smallNumbers(minimumRespondents);
        return mayBreakDown ? counted : counted.withoutCounts();
    }

    private InstrumentResults count(RoundSummary round, @Nullable RoundSummary comparison, RespondentType type) {
        int wardCount = wards.count();
        List<AskedItem> items = answers.items(round.id(), type);
        Map<Long, Map<Level, Integer>> counts = answers.counts(round.id(), type);
        List<AskedItem> comparisonItems = comparison == null ? List.of()
                : answers.items(comparison.id(), type);
        Map<Long, Map<Level, Integer>> comparisonCounts = comparison == null ? Map.of()
                : answers.counts(comparison.id(), type);
        int pairedWards = comparison == null ? 0 : answers.pairedWards(round.id(), comparison.id(), type);
        Map<Long, Map<Level, Integer>> pairedNow = comparison == null ? Map.of()
                : answers.pairedCounts(round.id(), comparison.id(), type);
        Map<Long, Map<Level, Integer>> pairedBefore = comparison == null ? Map.of()
                : answers.pairedCounts(comparison.id(), round.id(), type);

        Map<Long, AskedItem> before = new LinkedHashMap<>();
        comparisonItems.forEach(item -> before.put(item.partnerId(), item));
        List<ItemResult> results = new ArrayList<>();
        for (AskedItem item : items) {
            if (item.retired() && !counts.containsKey(item.partnerId())) {
                continue; // retired before anyone answered it: not part of this round
            }
            AskedItem earlier = before.remove(item.partnerId());
            results.add(new ItemResult(item.partnerId(), item.partnerCode(), item.label(), item.itemNo(),
                    earlier == null ? null : earlier.itemNo(), item.represents(),
                    levelCounts(counts.get(item.partnerId()), wardCount),
                    earlier == null ? null : levelCounts(comparisonCounts.get(item.partnerId()), wardCount),
                    earlier == null ? null : levelCounts(pairedNow.get(item.partnerId()), pairedWards),
                    earlier == null ? null : levelCounts(pairedBefore.get(item.partnerId()), pairedWards)));
        }
        for (AskedItem earlier : before.values()) {
            if (!earlier.retired() || comparisonCounts.containsKey(earlier.partnerId())) {
                results.add(new ItemResult(earlier.partnerId(), earlier.partnerCode(), earlier.label(), null,
                        earlier.itemNo(), earlier.represents(), null,
                        levelCounts(comparisonCounts.get(earlier.partnerId()), wardCount)));
            }
        }
        return new InstrumentResults(round, comparison, type, wardCount, answers.submitted(round.id(), type),
                comparison == null ? 0 : answers.submitted(comparison.id(), type), pairedWards, false, results);
    }

    /**
     * The signed-in ward user's own ward's submitted answers to one instrument, by partner id, to mark
     * beside the city-wide counts. Empty for administrators and viewers, who have no ward.
     */
    public Map<Long, Level> ownWardAnswers(int fiscalYear, RespondentType type) {
        RenkeiUser user = currentUser.require();
        RoundSummary round = visibleRound(fiscalYear);
        if (!user.role().wardScoped() || user.wardId() == null) {
            return Map.of();
        }
        Map<Long, Level> own = new HashMap<>();
        answers.wardAnswers(round.id(), type, user.wardId())
                .forEach(answer -> own.put(answer.partnerId(), answer.level()));
        return own;
    }

    /** Every ward's level per item (administrators only). */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public WardLevels wardLevels(int fiscalYear, RespondentType type) {
        RoundSummary round = visibleRound(fiscalYear);
        List<WardLevels.Column> columns = answers.items(round.id(), type).stream()
                .filter(item -> !item.retired())
                .map(item -> new WardLevels.Column(item.partnerId(), item.itemNo(), item.label()))
                .toList();
        Map<Long, Map<Long, Level>> byWard = new HashMap<>();
        answers.wardAnswers(round.id(), type, null).forEach(answer ->
                byWard.computeIfAbsent(answer.wardId(), id -> new HashMap<>()).put(answer.partnerId(), answer.level()));
        List<WardLevels.Row> rows = wards.findAll().stream()
                .map(ward -> new WardLevels.Row(ward.getId(), ward.getCode(), ward.getName(),
                        byWard.getOrDefault(ward.getId(), Map.of())))
                .toList();
        return new WardLevels(round, type, columns, rows);
    }

    /**
     * 相互評価: counts over the wards where both sides answered; ward by ward for administrators, a ward's own row
     * for its users. Below the minimum of respondents only administrators get the counts.
     */
    public MutualPairs mutualPairs(int fiscalYear) {
        RenkeiUser user = currentUser.require();
        RoundSummary round = visibleRound(fiscalYear);
        Map<Long, Level> office = new HashMap<>();
        Map<Long, Level> room = new HashMap<>();
        pairs(round, office, room);
        List<MutualPairs.Row> all = wards.findAll().stream()
                .map(ward -> row(ward, office, room))
                .toList();
        List<MutualPairs.Row> visible = all.stream().filter(row -> maySeeWard(user, row.wardId())).toList();
        List<MutualPairs.Row> both = all.stream().filter(MutualPairs.Row::answeredByBoth).toList();
        Respondents offices = new Respondents(office.size(), all.size());
        Respondents rooms = new Respondents(room.size(), all.size());
        if (user.role() != Role.CITY_ADMIN && (offices.below(minimumRespondents) || rooms.below(minimumRespondents)
                || both.size() < minimumRespondents)) {
            return new MutualPairs(round, visible, both.size(), 0, 0, 0, offices, rooms, true);
        }
        int disagreeing = (int) both.stream().filter(MutualPairs.Row::disagrees).count();
        return new MutualPairs(round, visible, both.size(), disagreeing,
                (int) both.stream().filter(row -> row.officeAboutRoom() == Level.VERY_WELL).count(),
                (int) both.stream().filter(row -> row.roomAboutOffice() == Level.VERY_WELL).count(),
                offices, rooms, false);
    }

    /**
     * {@link MutualPairs#disagreeing()} alone, for the KPIs that count it in every round: the same answers,
     * without reading and listing every ward.
     */
    public int mutualDisagreeing(int fiscalYear) {
        RoundSummary round = visibleRound(fiscalYear);
        return kept(round) ? keptDisagreeing.get(round.id(), id -> disagreeing(round)) : disagreeing(round);
    }

    private int disagreeing(RoundSummary round) {
        Map<Long, Level> office = new HashMap<>();
        Map<Long, Level> room = new HashMap<>();
        pairs(round, office, room);
        return (int) office.entrySet().stream()
                .filter(answer -> room.containsKey(answer.getKey()) && room.get(answer.getKey()) != answer.getValue())
                .count();
    }

    /** Whether a round's counts are kept: it is published, so they cannot change any more. */
    private boolean kept(RoundSummary round) {
        return keepPublished && round.status() == RoundStatus.PUBLISHED;
    }

    private void pairs(RoundSummary round, Map<Long, Level> office, Map<Long, Level> room) {
        for (PairAnswer answer : answers.pairAnswers(round.id())) {
            (answer.respondent() == RespondentType.WARD_OFFICE ? office : room).put(answer.wardId(), answer.level());
        }
    }

    private static MutualPairs.Row row(Ward ward, Map<Long, Level> office, Map<Long, Level> room) {
        return new MutualPairs.Row(ward.getId(), ward.getName(), office.get(ward.getId()), room.get(ward.getId()));
    }

    private static boolean maySeeWard(RenkeiUser user, long wardId) {
        return user.role() == Role.CITY_ADMIN || (user.role().wardScoped() && user.canAccessWard(wardId));
    }

    private RoundSummary visibleRound(int fiscalYear) {
        RenkeiUser user = currentUser.require();
        return rounds.findByFiscalYear(fiscalYear)
                .filter(round -> visible(user, round))
                .orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
    }

    /** Administrators follow a round from the moment it opens; everyone else once it is published. */
    static boolean visible(RenkeiUser user, RoundSummary round) {
        if (user.role() == Role.CITY_ADMIN) {
            return round.status() != RoundStatus.DRAFT;
        }
        return round.status() == RoundStatus.PUBLISHED;
    }

    private static LevelCounts levelCounts(@Nullable Map<Level, Integer> counts, int wardCount) {
        Map<Level, Integer> byLevel = counts == null ? Map.of() : counts;
        int answered = byLevel.values().stream().mapToInt(Integer::intValue).sum();
        return new LevelCounts(byLevel, Math.max(0, wardCount - answered));
    }
}
