package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.survey.WardResponseStatus;

/** ホーム for ward users: 差し戻し — the bureau sent my response back; why, who, when, and the way to fix it. */
class SentBackNotice extends Card {

    SentBackNotice(WardResponseStatus.SentBack sentBack) {
        setTitle(new H2(getTranslation("home.sentBack.title")));
        addClassNames("home-card", "sent-back-notice");
        setId("sent-back");
        Paragraph reason = new Paragraph(getTranslation("home.sentBack.reason", sentBack.reason()));
        reason.setId("sent-back-reason");
        Paragraph when = new Paragraph(getTranslation("home.sentBack.when",
                DateFormats.dateTime(sentBack.at(), getLocale()), sentBack.by()));
        when.setId("sent-back-when");
        Button open = HomeView.goTo(getTranslation("home.sentBack.open"), "answer");
        open.setId("sent-back-open");
        add(reason, when, new Paragraph(getTranslation("home.sentBack.help")), open);
    }
}
