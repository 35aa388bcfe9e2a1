package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionFixture;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people save the same record on MariaDB: the one who saves second, with the version they loaded
 * before the first save, is refused with a "….stale" key, and the row stays exactly as the first left it
 * (responses: {@code survey.WardScopingIT}). Two saves at the same moment: exactly one wins.
 */
@IntegrationTest
class ConcurrentSaveIT {

    private static final long KITA = 1;
    private static final String ADMIN = IntegrationTestDatabase.ADMIN_USERNAME;
    private static final List<String> USERS = List.of("cs-ward-kita", "cs-room-kita");

    @Autowired
    private ActionService actions;
    @Autowired
    private GoalService goals;
    @Autowired
    private KpiService kpis;
    @Autowired
    private UserAdministrationService administration;
    @Autowired
    private UserAccountService accounts;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void arrange() {
        SystemActor.run(() -> {
            accounts.create("cs-ward-kita", "北区 担当", Role.WARD_OFFICE, KITA, "it-password-a");
            accounts.create("cs-room-kita", "北区 支援室", Role.SUPPORT_ROOM, KITA, "it-password-b");
        });
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        new ActionFixture(jdbc).removeOwnedBy("cs-ward-kita");
        new UserFixture(jdbc).remove(USERS);
    }

    @Test
    void anActionSavedWithTheVersionLoadedBeforeAnotherSaveIsRefusedAndChangesNothing() {
        long id = as("cs-ward-kita", () -> actions.create(input("最初の題名")));
        ActionDetail loaded = as("cs-room-kita", () -> actions.get(id));
        as("cs-ward-kita", () -> run(() -> actions.update(id, loaded.version(), input("区役所の題名"))));
        Map<String, Object> before = row("action", id);

        assertStale("action.stale", () -> as("cs-room-kita", () -> run(() ->
                actions.update(id, loaded.version(), input("支援室の題名")))));
        assertStale("action.stale", () -> as(ADMIN, () -> run(() ->
                actions.review(id, loaded.version(), "古い版へのコメント"))));

        assertThat(row("action", id)).isEqualTo(before);
    }

    @Test
    void twoSavesOfTheSameVersionAtTheSameMomentLetExactlyOneWin() throws Exception {
        long id = as("cs-ward-kita", () -> actions.create(input("最初の題名")));
        long version = as("cs-ward-kita", () -> actions.get(id)).version();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<String>> saves = new ArrayList<>();
        for (String user : USERS) {
            saves.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    as(user, () -> run(() -> actions.update(id, version, input(user + " の題名"))));
                    return "saved";
                } catch (DomainException e) {
                    return e.messageKey();
                } catch (OptimisticLockingFailureException e) {
                    return "database refused";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(saves)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsOnlyOnce("saved");
        assertThat(outcomes).anySatisfy(o -> assertThat(o).isIn("action.stale", "database refused"));
        assertThat(as("cs-ward-kita", () -> actions.get(id))).satisfies(stored -> {
            assertThat(stored.version()).isEqualTo(version + 1);
            assertThat(stored.title()).endsWith(" の題名");
        });
    }

    @Test
    void aGoalOrKpiSavedWithAnOldVersionIsRefusedAndChangesNothing() {
        GoalSummary goal = as(ADMIN, () -> goals.findAll().getLast());
        GoalSummary changed = as(ADMIN, () -> goals.update(goal.id(), goal.version(), goal.title().ja(),
                goal.title().en(), "先に保存された説明"));
        KpiResult kpi = as(ADMIN, () -> kpis.all().getLast());
        as(ADMIN, () -> run(() -> kpis.update(kpi.id(), kpi.version(),
                new KpiForm(kpi.name().ja(), "Saved first", kpi.definition()))));
        try {
            Map<String, Object> goalBefore = row("goal", goal.id());
            Map<String, Object> kpiBefore = row("kpi", kpi.id());

            assertStale("goal.stale", () -> as(ADMIN, () -> goals.update(goal.id(), goal.version(), "後から",
                    "Later", null)));
            assertStale("kpi.stale", () -> as(ADMIN, () -> run(() -> kpis.update(kpi.id(), kpi.version(),
                    new KpiForm("後から", "Later", kpi.definition())))));

            assertThat(row("goal", goal.id())).isEqualTo(goalBefore);
            assertThat(row("kpi", kpi.id())).isEqualTo(kpiBefore);
        } finally {
            as(ADMIN, () -> goals.update(goal.id(), changed.version(), goal.title().ja(), goal.title().en(),
                    goal.description()));
            long now = as(ADMIN, () -> kpis.all().getLast()).version();
            as(ADMIN, () -> run(() -> kpis.update(kpi.id(), now,
                    new KpiForm(kpi.name().ja(), kpi.name().en(), kpi.definition()))));
        }
    }

    @Test
    void aUserChangedPasswordResetOrUnlockedWithAnOldVersionIsRefusedAndChangesNothing() {
        UserSummary loaded = user("cs-room-kita");
        as(ADMIN, () -> administration.update(loaded.id(), loaded.version(), "先に変えた名前", loaded.role(),
                loaded.wardId(), loaded.enabled(), loaded.email()));
        Map<String, Object> before = row("app_user", loaded.id());

        assertStale("user.stale", () -> as(ADMIN, () -> administration.update(loaded.id(), loaded.version(),
                "後から変えた名前", Role.VIEWER, null, false, null)));
        assertStale("user.stale", () -> as(ADMIN, () -> administration.resetPassword(loaded.id(), loaded.version())));
        assertStale("user.stale", () -> as(ADMIN, () -> administration.unlock(loaded.id(), loaded.version())));

        assertThat(row("app_user", loaded.id())).as("name, role, password and lock as the first save left them")
                .isEqualTo(before);
    }

    private static void assertStale(String key, Runnable save) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("select * from " + table + " where id = ?", id);
    }

    private UserSummary user(String username) {
        return as(ADMIN, () -> administration.findAll().stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow());
    }

    private static ActionInput input(String title) {
        return new ActionInput(title, null, KITA, Set.of(1L), null, "cs-ward-kita", LocalDate.of(2030, 3, 31),
                ActionStatus.PLANNED);
    }

    private <T> T as(String username, Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername(username), work);
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }
}
