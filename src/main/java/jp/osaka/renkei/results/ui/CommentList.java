package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.function.Function;

import jp.osaka.renkei.results.ItemComment;

import org.jspecify.annotations.Nullable;

/**
 * The comments that wards wrote beside one item, under its chart on 集計結果: each with its ward's name for the
 * bureau, or a ward's own for its users. Long text wraps anywhere (renkei.css), so that an unbroken comment
 * cannot widen the page.
 */
class CommentList extends Composite<Details> {

    CommentList(List<ItemComment> comments, boolean withWard, @Nullable Function<ItemComment, Component> actions) {
        Details details = getContent();
        details.addClassName("comment-list");
        details.setSummaryText(getTranslation(withWard ? "comments.title" : "comments.own", comments.size()));
        details.setOpened(true);
        UnorderedList list = new UnorderedList();
        list.addClassName("comments");
        for (ItemComment comment : comments) {
            ListItem item = new ListItem();
            item.addClassName("comment");
            if (withWard) {
                Span ward = new Span(comment.ward().get(getLocale()));
                ward.addClassName("comment-ward");
                item.add(ward);
            }
            Div text = new Div(comment.text());
            text.addClassName("comment-text");
            item.add(text);
            if (actions != null) {
                item.add(actions.apply(comment));
            }
            list.add(item);
        }
        details.add(list);
    }
}
