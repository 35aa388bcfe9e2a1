package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Objects;

import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.Rating;

import org.jspecify.annotations.Nullable;

/** One item of 回答入力: the partner, the five levels, last round's answer and a comment. */
class ItemRow extends Composite<Div> {

    /** The chosen level's radio button, else the first: the radio group itself takes no focus. */
    static final String FOCUS_LEVEL = "const radio = this.querySelector('vaadin-radio-button[checked]')"
            + " || this.querySelector('vaadin-radio-button'); if (radio) { radio.focus({focusVisible: true}); }";

    private final AnswerSheet.Line line;
    private final RadioButtonGroup<Level> level = new RadioButtonGroup<>();
    private final TextField comment = new TextField();

    /** @param onChange called whenever the user changes the level or the comment */
    ItemRow(AnswerSheet.Line line, boolean editable, String previousCaption, Runnable onChange) {
        this.line = line;
        String partner = line.itemNo() + "." + line.partner().get(getLocale());
        Span label = new Span(partner);
        label.addClassName("item-label");
        label.setId("item-label-" + line.itemNo());

        // the label generator and read-only first: set after the items, each goes over the five buttons again
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setReadOnly(!editable);
        level.setItems(Level.values());
        level.setAriaLabel(getTranslation("answer.item.group", partner));
        level.setValue(line.level());
        level.setId("item-" + line.itemNo());
        level.addClassName("item-levels");
        // an item flagged by a refused 提出 stops looking unanswered as soon as it is answered
        level.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                markUnanswered(false);
            }
            onChange.run();
        });

        comment.setPlaceholder(getTranslation("answer.comment"));
        comment.setAriaLabel(partner + " " + getTranslation("answer.comment"));
        comment.setMaxLength(Rating.MAX_COMMENT_LENGTH);
        comment.setValue(line.comment() == null ? "" : line.comment());
        comment.setReadOnly(!editable);
        comment.setId("comment-" + line.itemNo());
        comment.addClassName("item-comment");
        comment.addValueChangeListener(e -> onChange.run());

        Span previous = new Span(previousCaption + ": " + (line.previousLevel() == null
                ? getTranslation("answer.previous.none") : getTranslation(line.previousLevel().messageKey())));
        previous.addClassName("item-previous");
        if (line.previousLevel() != null) {
            previous.getStyle().set("--level-colour", line.previousLevel().colour());
            previous.addClassName("has-level");
        }
        getContent().addClassName("item-row");
        getContent().add(label, previous, level, comment);
    }

    AnswerInput input() {
        return new AnswerInput(line.itemId(), level.getValue(), comment.getValue());
    }

    /** Whether the level or the comment differs from what the response holds. */
    boolean differsFrom(AnswerSheet.Line saved) {
        return level.getValue() != saved.level() || !Objects.equals(text(comment.getValue()), text(saved.comment()));
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    int itemNo() {
        return line.itemNo();
    }

    void markUnanswered(boolean unanswered) {
        level.setInvalid(unanswered);
        getContent().setClassName("unanswered", unanswered);
    }

    boolean isAnswered() {
        return level.getValue() != null;
    }

    /** Puts the focus on the item's chosen level, or its first. */
    void focus() {
        level.getElement().executeJs(FOCUS_LEVEL);
    }

    /** For tests and keyboard shortcuts: the radio group of this item. */
    RadioButtonGroup<Level> levelField() {
        return level;
    }

    TextField commentField() {
        return comment;
    }
}
