package jp.osaka.renkei.action;

import static jp.osaka.renkei.TestWards.MINATO_OFFICE;
import static jp.osaka.renkei.TestWards.MINATO_ROOM;
import static jp.osaka.renkei.TestWards.YODOGAWA_OFFICE;
import static jp.osaka.renkei.action.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.goal.LinkedActions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and change which action, through the real services on the demo data. Writes only
 * actions of 港区 and 淀川区 (their area in {@link TestWards}), and removes them afterwards.
 */
@DemoDataTest
class ActionScopingTest {

    private static final long MINATO = TestWards.MINATO.id();
    private static final long YODOGAWA = TestWards.YODOGAWA.id();
    private static final long COMMUNITY_CARE_CENTRE = 6;

    @Autowired
    ActionService actions;
    @Autowired
    ActionSearch search;
    @Autowired
    LinkedActions linked;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestWrote() {
        ActionFixture fixture = new ActionFixture(jdbc);
        fixture.removeOfWard(MINATO);
        fixture.removeOfWard(YODOGAWA);
    }

    @Test
    void aWardUserCannotReadChangeOrAnnotateAnotherWardsActionByItsId() {
        long yodogawa = as(YODOGAWA_OFFICE, () -> actions.create(input(YODOGAWA, YODOGAWA_OFFICE, "淀川区の定例会")));
        long version = as(YODOGAWA_OFFICE, () -> actions.get(yodogawa)).version();

        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> actions.get(yodogawa)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MINATO_ROOM, () -> run(() -> actions.update(yodogawa, version,
                input(YODOGAWA, YODOGAWA_OFFICE, "書き換え"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> run(() -> actions.addNote(yodogawa, LocalDate.now(), "侵入"))))
                .isInstanceOf(AccessDeniedException.class);

        ActionDetail unchanged = as(YODOGAWA_OFFICE, () -> actions.get(yodogawa));
        assertThat(unchanged.title()).isEqualTo("淀川区の定例会");
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.notes()).isEmpty();
    }

    @Test
    void aWardUserCreatesOnlyForTheirOwnWardAndCannotMoveAnActionAway() {
        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> actions.create(input(YODOGAWA, YODOGAWA_OFFICE, "よその区"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> actions.create(input(null, "admin", "全市の取組み"))))
                .isInstanceOf(AccessDeniedException.class);
        long minato = as(MINATO_OFFICE, () -> actions.create(input(MINATO, MINATO_ROOM, "港区の取組み")));
        long version = as(MINATO_OFFICE, () -> actions.get(minato)).version();

        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> run(() -> actions.update(minato, version,
                input(YODOGAWA, YODOGAWA_OFFICE, "港区の取組み"))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> actions.get(minato)).wardId()).isEqualTo(MINATO);
    }

    @Test
    void theListOfAWardUserHoldsTheirWardsAndTheCityWideActionsOnly() {
        as(YODOGAWA_OFFICE, () -> actions.create(input(YODOGAWA, YODOGAWA_OFFICE, "淀川区の定例会")));

        List<ActionRow> seen = as(MINATO_OFFICE, () -> search.find(ActionFilter.NONE, PageRequest.of(0, 100)));
        assertThat(seen).isNotEmpty().allSatisfy(row -> assertThat(row.wardId()).isIn(null, MINATO));
        assertThat(as(MINATO_OFFICE, () -> search.count(ActionFilter.NONE))).isEqualTo(seen.size());
        ActionFilter yodogawaOnly = new ActionFilter(YODOGAWA, false, null, null, null, null, false);
        assertThat(as(MINATO_OFFICE, () -> search.count(yodogawaOnly))).isZero();
        assertThat(as("viewer", () -> search.count(yodogawaOnly))).isEqualTo(1);
        assertThat(as(MINATO_OFFICE, () -> linked.countsByGoal().values().stream().flatMap(List::stream)
                .mapToLong(LinkedActions.StatusCount::count).sum()))
                .isLessThan(as("admin", () -> linked.countsByGoal().values().stream().flatMap(List::stream)
                        .mapToLong(LinkedActions.StatusCount::count).sum()));
    }

    @Test
    void aViewerReadsButCannotCreateOrAnnotateAndOnlyAdministratorsReview() {
        long minato = as(MINATO_OFFICE, () -> actions.create(input(MINATO, MINATO_OFFICE, "港区の取組み")));
        long version = as("viewer", () -> actions.get(minato)).version();

        assertThatThrownBy(() -> as("viewer", () -> actions.create(input(MINATO, MINATO_OFFICE, "閲覧者"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> run(() -> actions.addNote(minato, LocalDate.now(), "メモ"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> run(() -> actions.review(minato, version, "自己評価"))))
                .isInstanceOf(AccessDeniedException.class);
        as("admin", () -> run(() -> actions.review(minato, version, "順調です。")));

        ActionDetail reviewed = as(MINATO_OFFICE, () -> actions.get(minato));
        assertThat(reviewed.reviewComment()).isEqualTo("順調です。");
        assertThat(reviewed.history().getFirst()).extracting(ActionDetail.HistoryEntry::field,
                ActionDetail.HistoryEntry::newValue, ActionDetail.HistoryEntry::changedBy)
                .containsExactly(ActionChange.Field.REVIEW, "順調です。", "admin");
    }

    @Test
    void everyChangeAndNoteIsKeptInTheHistoryAndTheAuditLog() {
        long minato = as(MINATO_OFFICE, () -> actions.create(input(MINATO, MINATO_OFFICE, "港区の取組み")));
        long version = as(MINATO_OFFICE, () -> actions.get(minato)).version();
        as(MINATO_ROOM, () -> run(() -> actions.update(minato, version, new ActionInput("港区の取組み", null, MINATO,
                Set.of(COMMUNITY_CARE_CENTRE), null, MINATO_ROOM, LocalDate.of(2031, 3, 31),
                ActionStatus.IN_PROGRESS))));
        as(MINATO_ROOM, () -> run(() -> actions.addNote(minato, LocalDate.of(2030, 4, 1), "包括と打合せ")));

        ActionDetail detail = as(MINATO_OFFICE, () -> actions.get(minato));
        assertThat(detail.history()).extracting(ActionDetail.HistoryEntry::field).containsExactly(
                ActionChange.Field.NOTE, ActionChange.Field.STATUS, ActionChange.Field.OWNER,
                ActionChange.Field.CREATED);
        assertThat(detail.notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo(MINATO_ROOM);
            assertThat(note.authorName()).isEqualTo("港区 相談支援室");
            assertThat(note.text()).isEqualTo("包括と打合せ");
        });
        assertThat(jdbc.queryForList("select action from audit_entry where target like ? order by id", String.class,
                "#" + minato + " %")).containsExactly("ACTION_CREATED", "ACTION_UPDATED", "ACTION_NOTE_ADDED");
    }

    @Test
    void savingOverANewerSaveIsRefusedAsStale() {
        long minato = as(MINATO_OFFICE, () -> actions.create(input(MINATO, MINATO_OFFICE, "港区の取組み")));
        long version = as(MINATO_OFFICE, () -> actions.get(minato)).version();
        as(MINATO_OFFICE, () -> run(() -> actions.update(minato, version, input(MINATO, MINATO_OFFICE, "一回目"))));

        assertThatThrownBy(() -> as(MINATO_ROOM, () -> run(() -> actions.update(minato, version,
                input(MINATO, MINATO_OFFICE, "二回目"))))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.stale"));
        assertThat(as(MINATO_OFFICE, () -> actions.get(minato)).title()).isEqualTo("一回目");
    }

    @Test
    void anOwnerFromAnotherWardIsRefused() {
        assertThatThrownBy(() -> as(MINATO_OFFICE, () -> actions.create(input(MINATO, YODOGAWA_OFFICE, "港区"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.owner.invalid"));
    }

    private static ActionInput input(Long ward, String owner, String title) {
        return new ActionInput(title, null, ward, Set.of(COMMUNITY_CARE_CENTRE), null, owner,
                LocalDate.of(2031, 3, 31), ActionStatus.PLANNED);
    }

    private <T> T as(String username, Supplier<T> work) {
        return new SignedIn(accounts).as(username, work);
    }
}
