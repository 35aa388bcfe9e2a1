package jp.osaka.renkei.load;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundService;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The soak's users, round and saves, through the app's own services, and what the database holds of them. */
final class SoakWorld {

    static final int WARDS = 24;
    static final String PASSWORD = "soak: seven quiet herons 7a2b";
    private static final int FISCAL_YEAR = 2030;
    private static final String ADMIN = "soak-admin";

    private final UserAccountService accounts;
    private final ResponseService responses;
    private final ActionService actions;
    private final RoundService rounds;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final TomcatWebServer tomcat;

    SoakWorld(ApplicationContext app) {
        this.accounts = app.getBean(UserAccountService.class);
        this.responses = app.getBean(ResponseService.class);
        this.actions = app.getBean(ActionService.class);
        this.rounds = app.getBean(RoundService.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.environment = app.getEnvironment();
        this.tomcat = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
    }

    /** Users of {@link WardUser#of}'s names for the 24 wards, an administrator, and an open round. */
    void arrange() {
        SystemActor.run(() -> {
            for (int index = 0; index < WARDS * 2; index++) {
                WardUser ward = WardUser.of(index, 1);
                // an address each, so that the round's opening and every 差し戻し write a mail to the outbox
                accounts.create(ward.username(), ward.username(), ward.wardOffice() ? Role.WARD_OFFICE
                        : Role.SUPPORT_ROOM, ward.wardId(), PASSWORD, ward.username() + "@soak.example.org");
            }
            accounts.create(ADMIN, "ソーク試験", Role.CITY_ADMIN, null, PASSWORD);
            rounds.open(rounds.create(FISCAL_YEAR, null).id(), LocalDate.now().plusMonths(3));
        });
    }

    /** 取組み with a 進捗メモ, as the ward office user. */
    void addActionWithNote(WardUser ward, int cycle) {
        RunAs.call(accounts.loadUserByUsername(ward.username()), () -> {
            long id = actions.create(new ActionInput("ソーク試験の取組み " + cycle, null, ward.wardId(), Set.of(1L),
                    null, ward.username(), LocalDate.now().plusMonths(1), ActionStatus.PLANNED));
            actions.addNote(id, LocalDate.now(), "進捗 " + cycle);
            return id;
        });
    }

    /** 差し戻し of every submitted response, so that the next cycle can answer again; how many. */
    int sendEveryResponseBack() {
        return RunAs.call(accounts.loadUserByUsername(ADMIN), () -> {
            int sent = 0;
            for (long ward = 1; ward <= WARDS; ward++) {
                for (RespondentType type : RespondentType.values()) {
                    ResponseKey key = new ResponseKey(FISCAL_YEAR, ward, type);
                    AnswerSheet sheet = responses.sheet(key);
                    if (sheet.status() == ResponseStatus.SUBMITTED) {
                        responses.reopen(key, "ソーク試験の差し戻し", sheet.version());
                        sent++;
                    }
                }
            }
            return sent;
        });
    }

    long actionsAndNotes() {
        return jdbc.queryForObject("select (select count(*) from action) + (select count(*) from action_note)",
                Long.class);
    }

    SavedAnswers savedAnswers() {
        return new SavedAnswers(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
    }

    /** The database's sessions of this app (H2's sessions, MariaDB's connections to this database). */
    Set<Long> databaseSessions() {
        boolean h2 = environment.getRequiredProperty("spring.datasource.url").startsWith("jdbc:h2:");
        return new HashSet<>(jdbc.queryForList(h2 ? "select session_id from information_schema.sessions"
                : "select id from information_schema.processlist where db = database()", Long.class));
    }

    /** Rows of user_session: the signed-in sessions every instance sees (docs/security.md, "Sessions per user"). */
    long userSessionRows() {
        return jdbc.queryForObject("select count(*) from user_session", Long.class);
    }

    /** The sessions Tomcat holds, signed in or not: user_session's rows should follow them. */
    int tomcatSessions() {
        Container context = tomcat.getTomcat().getHost().findChildren()[0];
        return ((Context) context).getManager().getActiveSessions();
    }
}
