package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.WardResponseStatus;

/** ホーム for ward users: each respondent type's response of my ward, and the way to my own form. */
class OwnWardCard extends Card {

    OwnWardCard(String title, List<WardResponseStatus> statuses, RespondentType mine) {
        setTitle(new H2(title));
        addClassName("home-card");
        setId("own-ward");
        for (WardResponseStatus status : statuses) {
            ResponseStatus state = status.status();
            StatusBadge.Tone tone = state == null ? StatusBadge.Tone.NEUTRAL
                    : state == ResponseStatus.SUBMITTED ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.WARNING;
            Div row = new Div(new Span(getTranslation(status.type().messageKey())),
                    StatusBadge.create(getTranslation(status.messageKey()), tone));
            row.addClassName("home-status-row");
            row.setId("status-" + status.type().slug());
            if (status.updatedAt() != null) {
                Span when = new Span(getTranslation("home.updated",
                        DateFormats.dateTime(status.updatedAt(), getLocale()), status.updatedBy()));
                when.addClassName("home-status-when");
                row.add(when);
            }
            add(row);
        }
        Button answer = HomeView.goTo(getTranslation("home.answerNow"), "answer");
        answer.setId("answer-now");
        if (statuses.stream().anyMatch(s -> s.type() == mine && s.status() == ResponseStatus.SUBMITTED)) {
            answer.removeThemeVariants(ButtonVariant.PRIMARY);
        }
        addToFooter(answer);
    }
}
