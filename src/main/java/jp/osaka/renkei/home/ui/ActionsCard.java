package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.home.HomeService;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;

/** ホーム: the bureau's overdue actions, or a ward's actions due in the next 30 days; each links to the action. */
class ActionsCard extends Card {

    /** How many actions the card lists at most; the rest are on 取組み. */
    static final int LIMIT = HomeService.ROWS_SHOWN;

    ActionsCard(String id, String title, String summary, List<ActionRow> rows) {
        setTitle(new H2(title));
        addClassName("home-card");
        setId(id);
        Paragraph text = new Paragraph(summary);
        text.setId(id + "-summary");
        add(text);
        for (ActionRow row : rows.stream().limit(LIMIT).toList()) {
            Anchor link = new Anchor("actions/" + row.id(), row.title());
            link.addClassName("home-action-link");
            Div line = new Div(link, new Span(getTranslation("action.home.due",
                    DateFormats.date(row.dueDate(), getLocale()))));
            if (row.overdue()) {
                line.add(StatusBadge.create(getTranslation("action.overdue"), StatusBadge.Tone.WARNING));
            }
            line.addClassName("home-status-row");
            add(line);
        }
        addToFooter(HomeView.goTo(getTranslation("action.home.showAll"), "actions"));
    }
}
