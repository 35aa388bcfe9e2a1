package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

import jp.osaka.renkei.survey.SubmissionCount;

/** ホーム for the bureau and viewers: how many wards have submitted, per respondent type. */
class SubmissionsCard extends Card {

    SubmissionsCard(List<SubmissionCount> counts, int wards, boolean linkToStatus) {
        setTitle(new H2(getTranslation("home.submissions")));
        addClassName("home-card");
        setId("submissions");
        for (SubmissionCount count : counts) {
            Paragraph row = new Paragraph(getTranslation("home.submissions.row",
                    getTranslation(count.type().messageKey()), count.submitted(), wards, count.drafts()));
            row.setId("submissions-" + count.type().slug());
            add(row);
        }
        if (linkToStatus) {
            Button status = HomeView.goTo(getTranslation("home.showStatus"), "status");
            status.setId("show-status");
            addToFooter(status);
        }
    }
}
