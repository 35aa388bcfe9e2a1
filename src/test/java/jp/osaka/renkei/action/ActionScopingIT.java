package jp.osaka.renkei.action;

import static jp.osaka.renkei.action.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.IntegrationTestDatabase;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.LinkedActions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Ward scoping of actions and the goals' administration through the real services on MariaDB. */
@IntegrationTest
class ActionScopingIT {

    private static final long KITA = 1;
    private static final long NISHINARI = 24;
    private static final List<String> USERS = List.of("act-ward-kita", "act-room-nishinari", "act-viewer");

    @Autowired
    private ActionService actions;
    @Autowired
    private ActionSearch search;
    @Autowired
    private GoalService goals;
    @Autowired
    private LinkedActions linked;
    @Autowired
    private UserAccountService accounts;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void arrange() {
        SystemActor.run(() -> {
            accounts.create("act-ward-kita", "北区 担当", Role.WARD_OFFICE, KITA, "it-password-a");
            accounts.create("act-room-nishinari", "西成区 支援室", Role.SUPPORT_ROOM, NISHINARI, "it-password-b");
            accounts.create("act-viewer", "委員", Role.VIEWER, null, "it-password-c");
        });
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        new ActionFixture(jdbc).removeAll();
        new UserFixture(jdbc).remove(USERS);
    }

    @Test
    void aWardUserIsRefusedAnotherWardsActionAndSeesOnlyTheirOwnAndCityWideOnes() {
        long kita = as("act-ward-kita", () -> actions.create(input(KITA, "act-ward-kita", "北区の定例会")));
        long cityWide = as(IntegrationTestDatabase.ADMIN_USERNAME,
                () -> actions.create(input(null, IntegrationTestDatabase.ADMIN_USERNAME, "全市の研修")));

        assertThatThrownBy(() -> as("act-room-nishinari", () -> actions.get(kita)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("act-room-nishinari", () -> {
            actions.addNote(kita, LocalDate.of(2030, 5, 1), "他区からのメモ");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as("act-room-nishinari", () -> search.find(ActionFilter.NONE, PageRequest.of(0, 50))))
                .extracting(ActionRow::id).containsExactly(cityWide);
        assertThat(as("act-viewer", () -> search.count(ActionFilter.NONE))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from action_note", Integer.class)).isZero();
    }

    @Test
    void thePartnerFilterCountsEachActionOnceOnMariaDb() {
        as("act-ward-kita", () -> actions.create(new ActionInput("3機関との連携強化", null, KITA, Set.of(6L, 7L, 8L),
                null, "act-ward-kita", LocalDate.of(2030, 3, 31), ActionStatus.IN_PROGRESS)));
        as("act-ward-kita", () -> actions.create(input(KITA, "act-ward-kita", "医師会")));

        ActionFilter branch = new ActionFilter(null, false, 7L, null, null, null, false);
        assertThat(as("act-viewer", () -> search.count(branch))).isEqualTo(1);
        assertThat(as("act-viewer", () -> search.find(branch, PageRequest.of(0, 10)))).extracting(ActionRow::title)
                .containsExactly("3機関との連携強化");
    }

    @Test
    void aGoalsActionsAreCountedInSqlWithinTheWardScope() {
        long goal = as("act-viewer", () -> goals.findAll().getFirst().id());
        as("act-ward-kita", () -> actions.create(new ActionInput("北区の周知", null, KITA, Set.of(11L), goal,
                "act-ward-kita", LocalDate.of(2030, 3, 31), ActionStatus.IN_PROGRESS)));
        as(IntegrationTestDatabase.ADMIN_USERNAME, () -> actions.create(new ActionInput("全市の周知", null, null,
                Set.of(11L), goal, IntegrationTestDatabase.ADMIN_USERNAME, LocalDate.of(2030, 3, 31),
                ActionStatus.DONE)));

        assertThat(as("act-room-nishinari", () -> linked.countsByGoal().get(goal)))
                .extracting(LinkedActions.StatusCount::count).containsExactly(0L, 0L, 1L, 0L);
        assertThat(as("act-viewer", () -> linked.countsByGoal().get(goal)))
                .extracting(LinkedActions.StatusCount::count).containsExactly(0L, 1L, 1L, 0L);
        assertThat(as("act-room-nishinari", () -> linked.linkedTo(goal))).extracting(LinkedActions.LinkedAction::title)
                .containsExactly("全市の周知");
    }

    @Test
    void onlyAnAdministratorCorrectsAGoalAndTheCorrectionIsAudited() {
        GoalSummary goal = as("act-viewer", () -> goals.findAll().getLast());
        assertThatThrownBy(() -> as("act-ward-kita", () -> goals.update(goal.id(), goal.version(), "変更", "Changed",
                null))).isInstanceOf(AccessDeniedException.class);

        GoalSummary changed = as(IntegrationTestDatabase.ADMIN_USERNAME, () -> goals.update(goal.id(), goal.version(),
                goal.title().ja() + "（改）", goal.title().en(), goal.description()));
        try {
            assertThat(changed.title().ja()).endsWith("（改）");
            assertThat(jdbc.queryForList("select actor from audit_entry where action = 'GOAL_UPDATED' and detail like ?",
                    String.class, "%（改）")).containsExactly(IntegrationTestDatabase.ADMIN_USERNAME);
        } finally {
            as(IntegrationTestDatabase.ADMIN_USERNAME, () -> goals.update(goal.id(), changed.version(),
                    goal.title().ja(), goal.title().en(), goal.description()));
        }
    }

    private static ActionInput input(Long ward, String owner, String title) {
        return new ActionInput(title, null, ward, Set.of(1L), null, owner, LocalDate.of(2030, 3, 31),
                ActionStatus.PLANNED);
    }

    private <T> T as(String username, Supplier<T> work) {
        return new SignedIn(accounts).as(username, work);
    }
}
