package jp.osaka.renkei.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Survey test data for the ITs (of this feature and of results): users and an open round made through the app's own services as the
 * system, signing in as one of those users, and removing everything again with SQL afterwards.
 */
public final class SurveyFixture {

    private final UserAccountService accounts;
    private final RoundService rounds;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> usernames = new ArrayList<>();
    private final List<Integer> fiscalYears = new ArrayList<>();

    public SurveyFixture(UserAccountService accounts, RoundService rounds, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The fixture on a running application's beans (for the browserless and service tests on the demo data). */
    public static SurveyFixture of(ApplicationContext context) {
        return new SurveyFixture(context.getBean(UserAccountService.class), context.getBean(RoundService.class),
                context.getBean(JdbcTemplate.class), context.getBean(Clock.class));
    }

    public void user(String username, Role role, @Nullable Long wardId) {
        usernames.add(username);
        SystemActor.run(() -> accounts.create(username, username, role, wardId, "it-password-" + username));
    }

    /** A round with the standard instruments, open for answers for two more weeks. */
    public RoundSummary openRound(int fiscalYear) {
        fiscalYears.add(fiscalYear);
        return SystemActor.call(() -> rounds.open(rounds.create(fiscalYear, null).id(),
                LocalDate.now(clock).plusWeeks(2)));
    }

    /** A round in preparation with the standard items, whose items can still change. */
    public RoundSummary draftRound(int fiscalYear) {
        return draftRound(fiscalYear, null);
    }

    /** A round in preparation compared with an earlier round, whose items it copies. */
    public RoundSummary draftRound(int fiscalYear, @Nullable Integer comparisonFiscalYear) {
        fiscalYears.add(fiscalYear);
        return SystemActor.call(() -> rounds.create(fiscalYear, comparisonFiscalYear));
    }

    /** A closed round for a survey held before Renkei, ready for its answers to be imported. */
    public RoundSummary pastRound(int fiscalYear) {
        fiscalYears.add(fiscalYear);
        return SystemActor.call(() -> rounds.createPast(fiscalYear, null));
    }

    /** Runs the work signed in as the user, as the login would have signed them in. */
    public <T> T as(String username, Supplier<T> work) {
        RenkeiUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Removes the rounds (with their instruments, responses and history) and the users made here. */
    public void removeAll() {
        // the newest first: a later round may name an earlier one as its comparison round
        for (int fiscalYear : fiscalYears.reversed()) {
            for (long round : jdbc.queryForList("select id from survey_round where fiscal_year = ?", Long.class,
                    fiscalYear)) {
                String responses = "select id from survey_response where round_id = ?";
                jdbc.update("delete from answer_change where response_id in (" + responses + ")", round);
                jdbc.update("delete from rating where response_id in (" + responses + ")", round);
                jdbc.update("delete from survey_response where round_id = ?", round);
                jdbc.update("delete from reminder where round_id = ?", round);
                jdbc.update("delete from instrument_item where instrument_id in"
                        + " (select id from instrument where round_id = ?)", round);
                jdbc.update("delete from instrument where round_id = ?", round);
                jdbc.update("delete from survey_round where id = ?", round);
            }
        }
        new UserFixture(jdbc).remove(usernames);
        fiscalYears.clear();
        usernames.clear();
    }

    /** How many items of the response have a rating row (answered or commented). */
    int ratingsOf(ResponseKey key) {
        return jdbc.queryForObject("""
                select count(*) from rating g join survey_response r on r.id = g.response_id
                join survey_round o on o.id = r.round_id
                where o.fiscal_year = ? and r.ward_id = ? and r.respondent_type = ?""",
                Integer.class, key.fiscalYear(), key.wardId(), key.type().name());
    }

    /** The sheet's first {@code count} items answered with the level. */
    static List<AnswerInput> answers(AnswerSheet sheet, int count, Level level) {
        return sheet.lines().stream().limit(count).map(line -> new AnswerInput(line.itemId(), level, null)).toList();
    }

    /** One item, by its number, answered with the level and the comment. */
    static AnswerInput answer(AnswerSheet sheet, int itemNo, @Nullable Level level, @Nullable String comment) {
        AnswerSheet.Line line = sheet.lines().stream().filter(l -> l.itemNo() == itemNo).findFirst().orElseThrow();
        return new AnswerInput(line.itemId(), level, comment);
    }
}
