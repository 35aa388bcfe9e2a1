package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ItemComment;
import jp.osaka.renkei.results.ReportComment;

import org.jspecify.annotations.Nullable;

/** The bureau's choice of one comment for the 資料: printed or not, and if printed, anonymous or with the ward's name. */
class ReportCommentChoice extends Composite<Span> {

    ReportCommentChoice(CommentService comments, int fiscalYear, ItemComment comment, @Nullable ReportComment chosen) {
        Checkbox print = new Checkbox(getTranslation("comments.report.choose"), chosen != null);
        print.setId("choose-" + comment.ratingId());
        Checkbox named = new Checkbox(getTranslation("comments.report.named"), chosen != null && chosen.named());
        named.setId("named-" + comment.ratingId());
        named.setEnabled(chosen != null);
        print.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue()) {
                comments.choose(fiscalYear, comment.ratingId(), named.getValue());
            } else {
                comments.withdraw(fiscalYear, comment.ratingId());
                named.setValue(false);
            }
            named.setEnabled(event.getValue());
        });
        named.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                comments.choose(fiscalYear, comment.ratingId(), event.getValue());
            }
        });
        getContent().addClassName("report-comment-choice");
        getContent().add(print, named);
    }
}
