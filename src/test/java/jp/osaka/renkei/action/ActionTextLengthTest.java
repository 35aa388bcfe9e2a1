package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property tests of an action's texts, without Spring: title VARCHAR(200), description and progress note
 * VARCHAR(2000), review comment VARCHAR(1000), owner without an account VARCHAR(100). Intact up to the limit in
 * characters; over it, refused with the message naming the field, and the action is unchanged.
 */
class ActionTextLengthTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private final Action action = new Action(input("定例会", null, null), "ward-minato", NOW);

    private static ActionInput input(String title, String description, String ownerName) {
        return new ActionInput(title, description, 7L, Set.of(6L), null, ownerName == null ? "ward-minato" : null,
                ownerName, DUE, ActionStatus.PLANNED);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_TITLE_LENGTH)
    void aTitleUpToTwoHundredCharactersIsKeptIntact(String title) {
        action.apply(input(title, null, null), "room-minato", NOW);

        assertThat(action.getTitle()).isEqualTo(title);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_TITLE_LENGTH, over = true)
    void aLongerTitleIsRefusedWithTheMessageAndNothingChanges(String title) {
        LimitedText.refused(() -> action.apply(input(title, "新しい内容", null), "room-minato", NOW),
                "action.title.tooLong", 200);
        assertThat(action.getTitle()).isEqualTo("定例会");
        assertThat(action.getDescription()).isNull();
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_DESCRIPTION_LENGTH)
    void aDescriptionAndANoteUpToTwoThousandCharactersAreKeptIntact(String text) {
        action.apply(input("定例会", text, null), "room-minato", NOW);

        assertThat(action.getDescription()).isEqualTo(text);
        assertThat(new ProgressNote(1, DUE, text, "room-minato", NOW).getText()).isEqualTo(text);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_DESCRIPTION_LENGTH, over = true)
    void aLongerDescriptionOrNoteIsRefusedWithTheMessage(String text) {
        LimitedText.refused(() -> action.apply(input("定例会（改）", text, null), "room-minato", NOW),
                "action.description.tooLong", 2000);
        LimitedText.refused(() -> new ProgressNote(1, DUE, text, "room-minato", NOW), "action.note.tooLong", 2000);
        assertThat(action.getTitle()).isEqualTo("定例会");
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_REVIEW_LENGTH)
    void aReviewCommentUpToOneThousandCharactersIsKeptIntact(String comment) {
        action.review(comment, "admin", NOW);

        assertThat(action.getReviewComment()).isEqualTo(comment);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_REVIEW_LENGTH, over = true)
    void aLongerReviewCommentIsRefusedWithTheMessageAndTheOldOneStays(String comment) {
        action.review("確認しました", "admin", NOW);

        LimitedText.refused(() -> action.review(comment, "admin", NOW), "action.review.tooLong", 1000);
        assertThat(action.getReviewComment()).isEqualTo("確認しました");
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_OWNER_NAME_LENGTH)
    void anOwnerWithoutAnAccountUpToOneHundredCharactersIsKeptIntact(String name) {
        action.apply(input("定例会", null, name), "room-minato", NOW);

        assertThat(action.getOwnerName()).isEqualTo(name);
        assertThat(action.getOwner()).isNull();
    }

    @ParameterizedTest
    @LimitedTexts(limit = Action.MAX_OWNER_NAME_LENGTH, over = true)
    void aLongerOwnerNameIsRefusedWithTheMessageAndTheOwnerStays(String name) {
        LimitedText.refused(() -> action.apply(input("定例会", null, name), "room-minato", NOW),
                "action.ownerName.tooLong", 100);
        assertThat(action.getOwner()).isEqualTo("ward-minato");
        assertThat(List.of(action.getTitle())).containsExactly("定例会");
    }
}
