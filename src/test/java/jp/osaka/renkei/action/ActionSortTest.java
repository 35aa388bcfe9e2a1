package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every key the 取組み list sorts by names sortable attributes of Action, and sorts the list in the database. */
@DemoDataTest
class ActionSortTest {

    /** What the rows show of each key's first attribute. */
    private static final Map<ActionSort, Function<ActionRow, @Nullable Comparable<?>>> SHOWN = Map.of(
            ActionSort.TITLE, ActionRow::title, ActionSort.WARD, ActionRow::wardId, ActionSort.OWNER, ActionRow::owner,
            ActionSort.DUE_DATE, ActionRow::dueDate, ActionSort.STATUS, row -> row.status().name());

    @Autowired
    EntityManager entityManager;
    @Autowired
    ActionSearch search;
    @Autowired
    UserAccountService accounts;

    @Test
    void everyKeyNamesSingleValuedAttributesOfAnAction() {
        EntityType<Action> action = entityManager.getMetamodel().entity(Action.class);
        for (ActionSort key : ActionSort.values()) {
            assertThat(key.properties()).as(key.name()).isNotEmpty().allSatisfy(property -> assertThatCode(
                    () -> action.getSingularAttribute(property)).as(key + ": " + property).doesNotThrowAnyException());
        }
        assertThat(ActionSort.BY_ID.map(Sort.Order::getProperty))
                .allSatisfy(property -> assertThat(action.getSingularAttribute(property).isId()).isTrue());
    }

    @Test
    void everyKeySortsTheListBothWays() {
        assertThat(SHOWN).containsOnlyKeys(ActionSort.values());
        for (ActionSort key : ActionSort.values()) {
            // H2 puts nulls (city-wide actions, owners without an account) first when ascending
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<ActionRow> shown = Comparator.comparing((Function) SHOWN.get(key),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            List<ActionRow> ascending = rows(Sort.by(Sort.Direction.ASC, key.properties()));
            List<ActionRow> descending = rows(Sort.by(Sort.Direction.DESC, key.properties()));

            assertThat(ascending).as(key.name()).hasSizeGreaterThan(1).isSortedAccordingTo(shown);
            assertThat(descending).as(key.name()).isSortedAccordingTo(shown.reversed())
                    .containsExactlyInAnyOrderElementsOf(ascending);
            assertThat(ascending.stream().map(SHOWN.get(key)).distinct()).as(key + ": values to sort")
                    .hasSizeGreaterThan(1);
        }
    }

    private List<ActionRow> rows(Sort sort) {
        return new SignedIn(accounts).as("admin", () -> search.find(ActionFilter.NONE, PageRequest.of(0, 1000, sort)));
    }
}
