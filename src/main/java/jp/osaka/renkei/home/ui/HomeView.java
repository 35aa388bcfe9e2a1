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

import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.home.FirstRunChecklist;
import jp.osaka.renkei.home.FirstRunService;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.WardResponseStatus;
import jp.osaka.renkei.ward.WardService;

/** ホーム: the open round and its deadline, then what matters to the role — my ward's status, or the counts. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    HomeView(CurrentUser currentUser, RoundService rounds, ResponseService responses, ReminderService reminders,
            WardService wards, ActionSearch actions, GoalService goals, KpiService kpis, FirstRunService firstRun,
            Clock clock) {
        this.clock = clock;
        addClassName("home-view");
        RenkeiUser user = currentUser.require();
        add(new ViewToolbar(getTranslation("home.title")),
                new Paragraph(getTranslation("home.greeting", user.displayName())));
        if (user.role() == Role.CITY_ADMIN) {
            // A new installation: what to set up first, above everything else, until it is all done.
            FirstRunChecklist checklist = firstRun.checklist();
            if (!checklist.complete()) {
                add(new FirstRunCard(checklist));
            }
        }
        RoundSummary open = rounds.findOpen().orElse(null);
        if (open == null) {
            add(card(getTranslation("home.openRound"), new Paragraph(getTranslation("home.noOpenRound"))));
            addFollowUp(user, wards, actions, goals, kpis);
            return;
        }
        Card round = card(getTranslation("round.title", FiscalYears.format(open.fiscalYear(), getLocale())),
                new Paragraph(getTranslation(open.status().messageKey())), deadline(open));
        round.setId("open-round");
        add(round);
        if (user.role().wardScoped() && user.wardId() != null) {
            reminders.reminderForOwnResponse(open.id()).ifPresent(sentAt -> {
                Paragraph reminder = new Paragraph(getTranslation("home.reminder",
                        DateFormats.dateTime(sentAt, getLocale())));
                reminder.addClassName("home-reminder");
                reminder.setId("reminder");
                add(reminder);
            });
            String ward = wards.findById(user.wardId()).map(w -> w.getName().get(getLocale())).orElse("");
            RespondentType mine = RespondentType.of(user.role()).orElseThrow();
            List<WardResponseStatus> statuses = responses.statusOfOwnWard(open.id());
            statuses.stream().filter(s -> s.type() == mine && s.sentBack() != null).findFirst()
                    // Above everything else: the bureau is waiting for this ward to correct and resubmit.
                    .ifPresent(s -> addComponentAtIndex(2, new SentBackNotice(s.sentBack())));
            add(new OwnWardCard(getTranslation("home.ownWard", ward), statuses, mine));
        } else {
            add(new SubmissionsCard(responses.submissionCounts(open.id()), wards.findAll().size(),
                    user.role() == Role.CITY_ADMIN));
        }
        addFollowUp(user, wards, actions, goals, kpis);
    }

    /** After the round: the bureau sees the goals at a glance, then the actions; a ward, its profile last. */
    private void addFollowUp(RenkeiUser user, WardService wards, ActionSearch actions, GoalService goals, KpiService kpis) {
        if (user.role() == Role.CITY_ADMIN) {
            add(new GoalsCard(goals.findAll(), kpis.all()));
        }
        addActions(user, actions);
        if (user.role().wardScoped() && user.wardId() != null) {
            wards.findById(user.wardId()).ifPresent(ward -> add(new ProfileCard(ward)));
        }
    }

    /** The bureau sees what is overdue; a ward sees what it has to do in the next 30 days. */
    private void addActions(RenkeiUser user, ActionSearch actions) {
        if (user.role() == Role.CITY_ADMIN) {
            long overdue = actions.countOverdue();
            add(new ActionsCard("overdue-actions", getTranslation("action.home.overdue"),
                    getTranslation(overdue == 0 ? "action.home.overdue.none" : "action.home.overdue.count", overdue),
                    actions.overdue(ActionsCard.LIMIT)));
        } else if (user.role().wardScoped()) {
            List<ActionRow> due = actions.dueSoonInOwnWard(30);
            add(new ActionsCard("due-actions", getTranslation("action.home.dueSoon"),
                    getTranslation(due.isEmpty() ? "action.home.dueSoon.none" : "action.home.dueSoon.count", due.size()),
                    due));
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
