package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;


import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.home.HomeService;
import jp.osaka.renkei.home.HomeSummary;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * ホーム: the open round and its deadline, then what matters to the role — my ward's status, or the counts. What it
 * shows comes in one {@link HomeSummary} from {@link HomeService}; the view lays it out.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    HomeView(HomeService home, Clock clock) {
        this.clock = clock;
        addClassName("home-view");
        HomeSummary summary = home.summary();
        add(new ViewToolbar(getTranslation("home.title")),
                new Paragraph(getTranslation("home.greeting", summary.user().displayName())));
        if (summary.firstRun() != null) {
            // A new installation: what to set up first, above everything else, until it is all done.
            add(new FirstRunCard(summary.firstRun()));
        }
        RoundSummary open = summary.open();
        if (open == null) {
            add(card(getTranslation("home.openRound"), new Paragraph(getTranslation("home.noOpenRound"))));
        } else {
            addOpenRound(summary, open);
        }
        addFollowUp(summary);
    }

    private void addOpenRound(HomeSummary summary, RoundSummary open) {
        Card round = card(getTranslation("round.title", FiscalYears.format(open.fiscalYear(), getLocale())),
                new Paragraph(getTranslation(open.status().messageKey())), deadline(open));
        round.setId("open-round");
        add(round);
        HomeSummary.OwnWard own = summary.ownWard();
        if (own != null) {
            if (summary.reminder() != null) {
                Paragraph reminder = new Paragraph(getTranslation("home.reminder",
                        DateFormats.dateTime(summary.reminder(), getLocale())));
                reminder.addClassName("home-reminder");
                reminder.setId("reminder");
                add(reminder);
            }
            own.statuses().stream().filter(s -> s.type() == own.mine() && s.sentBack() != null).findFirst()
                    // Above everything else: the bureau is waiting for this ward to correct and resubmit.
                    .ifPresent(s -> addComponentAtIndex(2, new SentBackNotice(s.sentBack())));
            add(new OwnWardCard(getTranslation("home.ownWard", own.ward().getName().get(getLocale())),
                    own.statuses(), own.mine()));
        } else if (summary.submissions() != null) {
            add(new SubmissionsCard(summary.submissions().counts(), summary.submissions().wards(),
                    summary.user().role() == Role.CITY_ADMIN));
        }
    }

    /** After the round: the bureau sees the goals at a glance, then the actions; a ward, its profile last. */
    private void addFollowUp(HomeSummary summary) {
        if (summary.goals() != null) {
            add(new GoalsCard(summary.goals().goals(), summary.goals().kpis()));
        }
        HomeSummary.Actions actions = summary.actions();
        if (actions != null && actions.overdue()) {
            // The bureau sees what is overdue; a ward sees what it has to do in the next 30 days.
            add(new ActionsCard("overdue-actions", getTranslation("action.home.overdue"),
                    getTranslation(actions.count() == 0 ? "action.home.overdue.none" : "action.home.overdue.count",
                            actions.count()), actions.rows()));
        } else if (actions != null) {
            add(new ActionsCard("due-actions", getTranslation("action.home.dueSoon"),
                    getTranslation(actions.rows().isEmpty() ? "action.home.dueSoon.none"
                            : "action.home.dueSoon.count", actions.rows().size()), actions.rows()));
        }
        if (summary.ownWard() != null) {
            add(new ProfileCard(summary.ownWard().ward()));
        }
    }

    private Component deadline(RoundSummary round) {
        if (round.deadline() == null) {
            return new Span();
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(DateFormats.ZONE)), round.deadline());
        String left = days > 0 ? getTranslation("home.deadline.daysLeft", days)
                : days == 0 ? getTranslation("home.deadline.today") : getTranslation("home.deadline.passed");
        Paragraph text = new Paragraph(getTranslation("home.deadline", DateFormats.date(round.deadline(), getLocale()))
                + " " + left);
        text.addClassName(days < 0 ? "deadline-passed" : "deadline");
        text.setId("deadline");
        return text;
    }

    static Card card(String title, Component... content) {
        Card card = new Card();
        card.setTitle(new H2(title));
        card.add(content);
        card.addClassName("home-card");
        return card;
    }

    static Button goTo(String text, String path) {
        Button button = new Button(text, VaadinIcon.ARROW_RIGHT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(path)));
        button.setIconAfterText(true);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
