package jp.osaka.renkei.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.StartupData;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.ConclusionsService;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under the demo profile (renkei.demo-data), fills a new embedded database with the demo of DESIGN.md: a user for
 * every role and ward (password "demo"), 平成29年度 and 令和3年度 fully answered and published (令和3年度 with the
 * seed's まとめ and 今後の方向性), and 令和7年度 open with some wards still unanswered. Never under the mysql profile:
 * production starts with master data only.
 */
@Component
@Profile("!mysql")
@ConditionalOnBooleanProperty("renkei.demo-data")
@Order(10)
class DemoData implements StartupData {

    static final String PASSWORD = "demo";
    /** example.org: reserved for examples (RFC 2606), so that no demo mail can reach a real person. */
    static final String MAIL_DOMAIN = "@example.org";
    private static final long KITA = 1;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final WardService wards;
    private final UserAccountService accounts;
    private final RoundService rounds;
    private final ResponseService responses;
    private final ConclusionsService conclusions;
    private final Clock clock;

    DemoData(WardService wards, UserAccountService accounts, RoundService rounds, ResponseService responses,
            ConclusionsService conclusions, Clock clock) {
        this.wards = wards;
        this.accounts = accounts;
        this.rounds = rounds;
        this.responses = responses;
        this.conclusions = conclusions;
        this.clock = clock;
    }

    @Override
    public void load() {
        SystemActor.run(() -> {
            if (!rounds.findAll().isEmpty() || !accounts.noUsers()) {
                return; // loaded on an earlier start
            }
            log.info("Loading the demo data; the app accepts requests once it is there (half a minute or so)");
            List<Ward> all = wards.findAll();
            createUsers(all);
            RoundSummary h29 = rounds.createPast(2017, null);
            answerAll(all, h29, LocalDateTime.of(2017, 11, 20, 10, 0));
            rounds.publish(h29.id());
            RoundSummary r3 = rounds.createPast(2021, 2017);
            answerAll(all, r3, LocalDateTime.of(2021, 11, 19, 10, 0));
            rounds.publish(r3.id());
            conclusions.save(DemoConclusions.of2021());
            RoundSummary r7 = rounds.create(2025, 2021);
            rounds.open(r7.id(), LocalDate.now(clock).plusWeeks(3));
            answerSome(all, r7);
            log.info("Loaded the demo data: {} wards, rounds 2017, 2021 and 2025 (open). Password of every demo user: {}",
                    all.size(), PASSWORD);
        });
    }

    /** Every ward has shared mailboxes; the administrator and 北区's users have addresses of their own. */
    private void createUsers(List<Ward> all) {
        accounts.create("admin", "健康局 在宅医療担当", Role.CITY_ADMIN, null, PASSWORD, "admin" + MAIL_DOMAIN);
        accounts.create("viewer", "推進会議 委員", Role.VIEWER, null, PASSWORD);
        for (Ward ward : all) {
            wards.changeMailboxes(ward.getId(), ward.getVersion(), ward.getSlug() + "-kuyakusho" + MAIL_DOMAIN,
                    ward.getSlug() + "-shienshitsu" + MAIL_DOMAIN);
            createUser("ward-" + ward.getSlug(), ward.getNameJa() + "役所 担当者", Role.WARD_OFFICE, ward);
            createUser("room-" + ward.getSlug(), ward.getNameJa() + " 相談支援室", Role.SUPPORT_ROOM, ward);
        }
    }

    private void createUser(String username, String displayName, Role role, Ward ward) {
        accounts.create(username, displayName, role, ward.getId(), PASSWORD,
                ward.getId() == KITA ? username + MAIL_DOMAIN : null);
    }

    private void answerAll(List<Ward> all, RoundSummary round, LocalDateTime submitted) {
        for (RespondentType type : RespondentType.values()) {
            List<List<Level>> levels = DemoLevels.levels(type, round.fiscalYear(), all.size());
            for (int w = 0; w < all.size(); w++) {
                record(all.get(w), type, round, levels, w, 12, true, submitted.plusHours(w));
            }
        }
    }

    /**
     * 令和7年度: in the middle of the answering period. Wards in the middle of the list have submitted,
     * a few have a draft, and the first and last wards (e.g. 北区, 西成区) have not started.
     */
    private void answerSome(List<Ward> all, RoundSummary round) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(DateFormats.ZONE));
        for (RespondentType type : RespondentType.values()) {
            List<List<Level>> levels = DemoLevels.levels(type, round.fiscalYear(), all.size());
            int firstSubmitted = type == RespondentType.WARD_OFFICE ? 4 : 2;
            int firstDraft = type == RespondentType.WARD_OFFICE ? 18 : 12;
            int firstUnstarted = type == RespondentType.WARD_OFFICE ? 21 : 16;
            for (int w = firstSubmitted; w < firstUnstarted; w++) {
                boolean submit = w < firstDraft;
                record(all.get(w), type, round, levels, w, submit ? 12 : 7, submit, now.minusHours(3L * w));
            }
        }
    }

    private void record(Ward ward, RespondentType type, RoundSummary round, List<List<Level>> levels, int w,
            int items, boolean submit, LocalDateTime at) {
        ResponseKey key = new ResponseKey(round.fiscalYear(), ward.getId(), type);
        AnswerSheet sheet = responses.sheet(key);
        List<AnswerInput> answers = new ArrayList<>();
        for (AnswerSheet.Line line : sheet.lines().subList(0, items)) {
            Level level = levels.get(line.itemNo() - 1).get(w);
            answers.add(new AnswerInput(line.itemId(), level, DemoComments.comment(line.itemNo(), level, w)));
        }
        String respondent = (type == RespondentType.WARD_OFFICE ? "ward-" : "room-") + ward.getSlug();
        Instant when = at.atZone(DateFormats.ZONE).toInstant();
        responses.recordOnBehalf(key, answers, submit, respondent, when);
    }
}
