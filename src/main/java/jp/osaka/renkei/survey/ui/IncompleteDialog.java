package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

import jp.osaka.renkei.survey.AnswerSheet;

/** 提出できない理由: the items that still need a level, by number and partner. */
class IncompleteDialog extends ConfirmDialog {

    IncompleteDialog(List<Integer> missingItemNumbers, AnswerSheet sheet, Runnable afterClose) {
        setHeader(getTranslation("answer.incomplete.title"));
        UnorderedList list = new UnorderedList();
        list.setId("unanswered-items");
        sheet.lines().stream()
                .filter(line -> missingItemNumbers.contains(line.itemNo()))
                .forEach(line -> list.add(new ListItem(line.itemNo() + "." + line.partner().get(getLocale()))));
        setText(new Div(new Paragraph(getTranslation("answer.incomplete.text")), list));
        setConfirmText(getTranslation("answer.incomplete.close"));
        addConfirmListener(e -> afterClose.run());
        setId("incomplete-dialog");
    }
}
