package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

import jp.osaka.renkei.results.ReportComment;

/** The comments the bureau chose to print under an item's chart in the 資料: anonymous, or with the ward's name. */
class ReportComments extends Composite<UnorderedList> {

    ReportComments(List<ReportComment> comments) {
        UnorderedList list = getContent();
        list.addClassName("report-comments");
        list.getElement().setAttribute("aria-label", getTranslation("report.comments"));
        for (ReportComment comment : comments) {
            String ward = comment.ward() == null ? ""
                    : getTranslation("report.comment.ward", comment.ward().get(getLocale()));
            ListItem item = new ListItem(comment.text() + ward);
            item.addClassName("report-comment");
            list.add(item);
        }
    }
}
