package jp.osaka.renkei.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.WardHistory;

/** What the ward wrote beside its answers, newest round first; long comments wrap inside the page. */
class CommentsSection extends Div {

    CommentsSection(List<WardHistory.Comment> comments) {
        addClassName("profile-section");
        setId("profile-comments");
        add(new H2(getTranslation("profile.comments.title")));
        if (comments.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("profile.comments.none"));
            none.setId("profile-comments-none");
            add(none);
            return;
        }
        for (WardHistory.Comment comment : comments) {
            Span about = new Span(getTranslation("profile.comments.about",
                    FiscalYears.format(comment.round().fiscalYear(), getLocale()),
                    getTranslation(comment.type().messageKey()), comment.itemNo(), comment.label().get(getLocale()),
                    comment.level() == null ? "" : getTranslation(comment.level().messageKey())));
            about.addClassName("profile-comment-about");
            Paragraph text = new Paragraph(comment.text());
            text.addClassName("profile-comment-text");
            Div entry = new Div(about, text);
            entry.addClassName("profile-comment");
            add(entry);
        }
    }
}
