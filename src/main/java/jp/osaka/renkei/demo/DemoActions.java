package jp.osaka.renkei.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.action.ActionFilter;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.StartupData;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.survey.PartnerSummary;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's 取組み, from the seed's まとめ: 理学療法士会の周知, 地域包括支援センター・ブランチ・社会福祉協議会
 * との連携強化 and 区役所担当者とコーディネーターの認識共有 — city-wide and in some wards, some done, some
 * overdue (relative to the clock), with progress notes by the wards' and the bureau's demo users.
 */
@Component
@Profile("!mysql")
@ConditionalOnBooleanProperty("renkei.demo-data")
@Order(20)
class DemoActions implements StartupData {

    /**
     * One demo action: where (null: city-wide), by whom, about which partners (codes), due in how many days; owned
     * by whom wrote it, or by ownerName, a person without an account.
     */
    private record Plan(@Nullable String ward, String owner, String title, String description, List<String> partners,
            int goal, ActionStatus status, int dueInDays, List<String> notes, @Nullable String ownerName) {

        Plan(@Nullable String ward, String owner, String title, String description, List<String> partners,
                int goal, ActionStatus status, int dueInDays, List<String> notes) {
            this(ward, owner, title, description, partners, goal, status, dueInDays, notes, null);
        }
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(null, "admin", "理学療法士会の周知（全市）",
                    "「区内に団体がない」と回答した区が多いため、大阪府理学療法士会の活動と相談窓口を全区に案内する。",
                    List.of("PHYSIOTHERAPIST_ASSOCIATION"), 1, ActionStatus.IN_PROGRESS, 45,
                    List.of("理学療法士会と打合せ。区向けの案内資料を作成することで合意。", "案内資料の案を各区に送付し、意見を募集。")),
            new Plan(null, "admin", "地域包括支援センター・ブランチ・社会福祉協議会との合同研修",
                    "3機関と相談支援室の役割分担を確認する合同研修を開催する。",
                    List.of("COMMUNITY_CARE_CENTRE", "BRANCH_CONSULTATION", "SOCIAL_WELFARE_COUNCIL"), 1,
                    ActionStatus.DONE, -60, List.of("合同研修を開催。24区から86名が参加。")),
            new Plan(null, "admin", "区役所担当者とコーディネーターの認識共有（連絡会の開催）",
                    "相互評価に相違がある区が多いため、区役所担当者とコーディネーターの合同連絡会を開き、認識をすり合わせる。",
                    List.of("COORDINATOR", "WARD_STAFF"), 2, ActionStatus.PLANNED, -10, List.of()),
            new Plan("miyakojima", "room-miyakojima", "理学療法士会の周知（区内事業所への案内）",
                    "区内の居宅介護支援事業所と訪問看護ステーションに理学療法士会の案内を配布する。",
                    List.of("PHYSIOTHERAPIST_ASSOCIATION"), 1, ActionStatus.IN_PROGRESS, 20,
                    List.of("ケアマネ連絡会で案内を配布した。")),
            new Plan("fukushima", "ward-fukushima", "地域包括支援センター・ブランチとの定例会の開始",
                    "毎月第2水曜日に地域包括支援センター・ブランチ・相談支援室の定例会を開く。",
                    List.of("COMMUNITY_CARE_CENTRE", "BRANCH_CONSULTATION"), 1, ActionStatus.DONE, -30,
                    List.of("第1回の定例会を開催。", "定例会を年間計画に組み込んだ。")),
            new Plan("tennoji", "room-tennoji", "社会福祉協議会との事例検討会",
                    "社会福祉協議会と退院支援の事例を検討し、連絡の流れを確認する。",
                    List.of("SOCIAL_WELFARE_COUNCIL"), 2, ActionStatus.IN_PROGRESS, -5,
                    List.of("日程調整中。社協の担当者が交代したため遅れている。")),
            new Plan("higashinari", "room-higashinari", "地域包括支援センター・ブランチ・社会福祉協議会との連携強化",
                    "3機関との顔の見える関係づくりのため、相談支援室の説明会を各機関で開く。",
                    List.of("COMMUNITY_CARE_CENTRE", "BRANCH_CONSULTATION", "SOCIAL_WELFARE_COUNCIL"), 1,
                    ActionStatus.IN_PROGRESS, 60, List.of("地域包括支援センター2か所で説明会を実施。"),
                    "東成区地域包括支援センター 田中"),
            new Plan("joto", "ward-joto", "区役所担当者とコーディネーターの定例打合せ",
                    "月1回、区役所担当者とコーディネーターが課題を共有する打合せを行う。",
                    List.of("COORDINATOR", "WARD_STAFF"), 2, ActionStatus.PLANNED, 14, List.of()),
            new Plan("asahi", "ward-asahi", "理学療法士会の周知（区民向け講座）",
                    "区民向け講座で理学療法士による在宅リハビリの紹介を行う。",
                    List.of("PHYSIOTHERAPIST_ASSOCIATION"), 1, ActionStatus.ON_HOLD, -20,
                    List.of("講師の都合により延期。")),
            new Plan("suminoe", "room-suminoe", "区役所担当者との認識共有シートの作成",
                    "相互評価の相違点を一覧にし、区役所担当者と確認する。",
                    List.of("WARD_STAFF"), 2, ActionStatus.DONE, -45, List.of("確認シートを作成し、区役所と共有した。"),
                    "住之江区在宅医療・介護連携コーディネーター 山本"));

    private final ActionService actions;
    private final ActionSearch search;
    private final WardService wards;
    private final PartnerService partners;
    private final GoalService goals;
    private final UserAccountService accounts;
    private final Clock clock;

    DemoActions(ActionService actions, ActionSearch search, WardService wards, PartnerService partners,
            GoalService goals, UserAccountService accounts, Clock clock) {
        this.actions = actions;
        this.search = search;
        this.wards = wards;
        this.partners = partners;
        this.goals = goals;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void load() {
        SystemActor.run(() -> {
            if (accounts.findByUsername("admin").isEmpty() || search.count(ActionFilter.NONE) > 0) {
                return; // no demo users, or loaded on an earlier start
            }
            Map<String, Long> partnerIds = partners.findAll().stream()
                    .collect(Collectors.toMap(PartnerSummary::code, PartnerSummary::id));
            Map<Integer, Long> goalIds = goals.findAll().stream()
                    .collect(Collectors.toMap(GoalSummary::sortOrder, GoalSummary::id));
            Map<String, Long> wardIds = wards.findAll().stream().collect(Collectors.toMap(Ward::getSlug, Ward::getId));
            LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
            for (int p = 0; p < PLANS.size(); p++) {
                Plan plan = PLANS.get(p);
                Set<Long> about = plan.partners().stream().map(partnerIds::get).collect(Collectors.toSet());
                ActionInput input = new ActionInput(plan.title(), plan.description(),
                        plan.ward() == null ? null : wardIds.get(plan.ward()), about, goalIds.get(plan.goal()),
                        plan.ownerName() == null ? plan.owner() : null, plan.ownerName(),
                        today.plusDays(plan.dueInDays()), plan.status());
                long id = as(plan.owner(), () -> actions.create(input));
                for (int n = 0; n < plan.notes().size(); n++) {
                    String text = plan.notes().get(n);
                    // spread over the past weeks, a day apart from plan to plan
                    LocalDate date = today.minusDays(14L * (plan.notes().size() - n) + p);
                    as(plan.owner(), () -> {
                        actions.addNote(id, date, text);
                        return null;
                    });
                }
            }
        });
    }

    /** Runs the work signed in as the demo user, so that notes and history name them. */
    private <T> T as(String username, Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername(username), work);
    }
}
