package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import jp.osaka.renkei.action.Action;
import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;

/** 局担当者のコメント: administrators write it; everyone who reads the action sees it. */
class ReviewSection extends Div {

    ReviewSection(ActionDetail detail, ActionService actions, Runnable onSaved) {
        addClassName("action-section");
        setId("action-review");
        add(new H2(getTranslation("action.review")));
        if (!detail.reviewable()) {
            Paragraph text = new Paragraph(detail.reviewComment() == null ? getTranslation("action.review.none")
                    : detail.reviewComment());
            text.setId("review-text");
            add(text);
            return;
        }
        TextArea comment = new TextArea();
        comment.setAriaLabel(getTranslation("action.review"));
        comment.setValue(detail.reviewComment() == null ? "" : detail.reviewComment());
        comment.setWidthFull();
        comment.setId("review-comment");
        comment.setMaxLength(Action.MAX_REVIEW_LENGTH);
        Button save = new Button(getTranslation("action.review.save"), e -> {
            if (StaleDialog.save("stale.what.review",
                    () -> actions.review(detail.id(), detail.version(), comment.getValue()), onSaved)) {
                Notifications.success(getTranslation("action.review.saved"));
                onSaved.run();
            }
        });
        save.setId("review-save");
        add(comment, save);
    }
}
