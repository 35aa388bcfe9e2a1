package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

import jp.osaka.renkei.results.ItemComment;

/** 区別の回答's pane beside the grid: the comments of the ward chosen in it, item by item. */
class WardCommentsPane extends Composite<Div> {

    private final H3 title = new H3();
    private final Div body = new Div();

    WardCommentsPane() {
        getContent().addClassName("ward-comments");
        getContent().setId("ward-comments");
        title.addClassName("ward-comments-title");
        getContent().add(title, body);
        body.add(new Paragraph(getTranslation("comments.ward.pick")));
        title.setText(getTranslation("comments.text"));
    }

    void show(String ward, List<ItemComment> comments) {
        title.setText(getTranslation("comments.ward.title", ward));
        body.removeAll();
        if (comments.isEmpty()) {
            body.add(new Paragraph(getTranslation("comments.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("comments");
        for (ItemComment comment : comments) {
            Span item = new Span(comment.itemNo() + ". " + comment.item().get(getLocale()));
            item.addClassName("comment-item");
            Div text = new Div(comment.text());
            text.addClassName("comment-text");
            ListItem entry = new ListItem(item, text);
            entry.addClassName("comment");
            list.add(entry);
        }
        body.add(list);
    }
}
