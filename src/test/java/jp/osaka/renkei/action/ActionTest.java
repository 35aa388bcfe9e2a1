package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;

/** The rules of one action, without Spring: what a change records, what is refused, when it is overdue. */
class ActionTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static ActionInput input(String title, Set<Long> partners, ActionStatus status) {
        return new ActionInput(title, null, 7L, partners, 1L, "ward-minato", DUE, status);
    }

    @Test
    void aChangeRecordsEachChangedFieldFromWhatToWhat() {
        Action action = new Action(input("理学療法士会の周知", Set.of(11L), ActionStatus.PLANNED), "ward-minato", NOW);
        List<ActionChange.Change> changes = action.apply(new ActionInput("理学療法士会の周知", "案内を配布", 7L,
                Set.of(11L, 6L), 1L, "ward-minato", DUE.plusDays(10), ActionStatus.IN_PROGRESS), "room-minato",
                NOW.plusSeconds(60));

        assertThat(changes).extracting(ActionChange.Change::field, ActionChange.Change::oldValue,
                ActionChange.Change::newValue).containsExactly(
                tuple(ActionChange.Field.DESCRIPTION, null, "案内を配布"),
                tuple(ActionChange.Field.PARTNERS, "11", "6,11"),
                tuple(ActionChange.Field.DUE_DATE, "2026-06-30", "2026-07-10"),
                tuple(ActionChange.Field.STATUS, "PLANNED", "IN_PROGRESS"));
        assertThat(action.getUpdatedBy()).isEqualTo("room-minato");
    }

    @Test
    void savingTheSameValuesRecordsNothing() {
        ActionInput same = input("定例会", Set.of(6L), ActionStatus.PLANNED);
        Action action = new Action(same, "ward-minato", NOW);

        assertThat(action.apply(same, "someone-else", NOW.plusSeconds(60))).isEmpty();
        assertThat(action.getUpdatedBy()).isEqualTo("ward-minato");
    }

    @Test
    void anActionNeedsATitleAPartnerAnOwnerAndADueDate() {
        assertThatThrownBy(() -> new Action(input("  ", Set.of(1L), ActionStatus.PLANNED), "a", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.title.required"));
        assertThatThrownBy(() -> new Action(input("x".repeat(201), Set.of(1L), ActionStatus.PLANNED), "a", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.title.tooLong"));
        assertThatThrownBy(() -> new Action(input("定例会", Set.of(), ActionStatus.PLANNED), "a", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.partners.required"));
        assertThatThrownBy(() -> new Action(new ActionInput("定例会", null, null, Set.of(1L), null, "", DUE,
                ActionStatus.PLANNED), "a", NOW)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.owner.required"));
        assertThatThrownBy(() -> new Action(new ActionInput("定例会", null, null, Set.of(1L), null, "admin", null,
                ActionStatus.PLANNED), "a", NOW)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.dueDate.required"));
    }

    @Test
    void anActionIsOverdueAfterItsDueDateUnlessItIsDone() {
        Action inProgress = new Action(input("定例会", Set.of(6L), ActionStatus.IN_PROGRESS), "a", NOW);
        Action onHold = new Action(input("定例会", Set.of(6L), ActionStatus.ON_HOLD), "a", NOW);
        Action done = new Action(input("定例会", Set.of(6L), ActionStatus.DONE), "a", NOW);

        assertThat(inProgress.isOverdueOn(DUE)).as("due today").isFalse();
        assertThat(inProgress.isOverdueOn(DUE.plusDays(1))).isTrue();
        assertThat(onHold.isOverdueOn(DUE.plusDays(1))).isTrue();
        assertThat(done.isOverdueOn(DUE.plusDays(1))).isFalse();
    }

    @Test
    void aReviewIsKeptInTheHistoryAndAnEmptyOneRemovesIt() {
        Action action = new Action(input("定例会", Set.of(6L), ActionStatus.PLANNED), "ward-minato", NOW);

        assertThat(action.review(" 進め方は良いと思います。 ", "admin", NOW))
                .isEqualTo(new ActionChange.Change(ActionChange.Field.REVIEW, null, "進め方は良いと思います。"));
        assertThat(action.review("", "admin", NOW).newValue()).isNull();
        assertThat(action.getReviewComment()).isNull();
    }
}
