package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.base.DomainException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An action's owner, without Spring: a user or a person without an account (a free name), exactly one. */
class ActionOwnerTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static ActionInput owned(@Nullable String username, @Nullable String name) {
        return new ActionInput("定例会", null, 7L, Set.of(6L), null, username, name, DUE, ActionStatus.PLANNED);
    }

    private static void refused(ActionInput input, String key) {
        assertThatThrownBy(() -> new Action(input, "ward-minato", NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aPersonWithoutAnAccountOwnsAnActionByTheirTrimmedName() {
        Action action = new Action(owned(null, "  訪問看護ステーション 田中 "), "ward-minato", NOW);

        assertThat(action.getOwner()).isNull();
        assertThat(action.getOwnerName()).isEqualTo("訪問看護ステーション 田中");
        assertThat(ActionRow.ownerName(action, Map.of("ward-minato", "港区役所"))).isEqualTo("訪問看護ステーション 田中");
    }

    @Test
    void anActionHasExactlyOneOwnerAUserOrANameNeverBothNorNeither() {
        refused(owned("ward-minato", "訪問看護ステーション 田中"), "action.owner.both");
        refused(owned(null, null), "action.owner.required");
        refused(owned(" ", null), "action.owner.required");
    }

    @Test
    void aBlankOrTooLongNameIsRefusedAndOneHundredCharactersAreEnough() {
        refused(owned(null, "   "), "action.ownerName.required");
        refused(owned(null, "田".repeat(101)), "action.ownerName.tooLong");

        assertThat(new Action(owned(null, "田".repeat(100)), "a", NOW).getOwnerName()).hasSize(100);
    }

    @Test
    void theHistoryTellsAUserFromAPersonWithoutAnAccountWithTheSameName() {
        Action action = new Action(owned("tanaka", null), "ward-minato", NOW);

        var toName = action.apply(owned(null, "tanaka"), "ward-minato", NOW.plusSeconds(60));
        var toUser = action.apply(owned("ward-minato", null), "ward-minato", NOW.plusSeconds(120));

        assertThat(toName).extracting(ActionChange.Change::field, ActionChange.Change::oldValue,
                ActionChange.Change::newValue)
                .containsExactly(tuple(ActionChange.Field.OWNER, "tanaka", "name:tanaka"));
        assertThat(toUser).extracting(ActionChange.Change::oldValue, ActionChange.Change::newValue)
                .containsExactly(tuple("name:tanaka", "ward-minato"));
        assertThat(ActionOwners.freeName(toName.getFirst().oldValue())).as("a user").isNull();
        assertThat(ActionOwners.freeName(toName.getFirst().newValue())).isEqualTo("tanaka");
        assertThat(action.getOwner()).isEqualTo("ward-minato");
        assertThat(action.getOwnerName()).as("the name goes with the change to a user").isNull();
        assertThat(ActionRow.ownerName(action, Map.of("ward-minato", "港区役所"))).isEqualTo("港区役所");
    }

    @Test
    void editingAnActionOwnedByANameGivesTheSameNameBack() {
        Action action = new Action(owned(null, "訪問看護ステーション 田中"), "ward-minato", NOW);
        ActionDetail detail = new ActionDetail(1, 0, "定例会", null, 7L, Set.of(6L), null, null,
                "訪問看護ステーション 田中", true, DUE, ActionStatus.PLANNED, false, null, List.of(),
                List.of(), true, false);

        assertThat(action.apply(detail.input(), "ward-minato", NOW.plusSeconds(60))).isEmpty();
    }
}
