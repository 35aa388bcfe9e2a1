package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/** 回答入力: the signed-in ward user's own response in the round that is open now. */
@Route("answer")
@Menu(order = 1, title = "menu.answer", icon = "vaadin:edit")
@RolesAllowed({Roles.WARD_OFFICE, Roles.SUPPORT_ROOM})
class AnswerView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final @Nullable AnswerForm form;

    AnswerView(CurrentUser currentUser, RoundService rounds, ResponseService responses) {
        addClassName("answer-view");
        RenkeiUser user = currentUser.require();
        RoundSummary open = rounds.findOpen().orElse(null);
        if (open == null || user.wardId() == null) {
            form = null;
            add(new ViewToolbar(getTranslation("answer.title")), new Paragraph(getTranslation("answer.noOpenRound")));
            return;
        }
        RespondentType type = RespondentType.of(user.role()).orElseThrow();
        AnswerSheet sheet = responses.sheet(new ResponseKey(open.fiscalYear(), user.wardId(), type));
        form = new AnswerForm(responses, sheet, false);
        add(form);
    }

    @Nullable AnswerForm form() {
        return form;
    }

    /** Leaving with unsaved changes (side menu, browser back, a link) asks first; nothing typed is lost silently. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form != null && form.hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
            // staying cancels the postponed navigation: left pending, it swallowed the next click in the side menu
            new UnsavedChangesDialog(() -> form.saveDraftThen(navigation::proceed), navigation::proceed,
                    navigation::cancel).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("answer.title") + " | " + getTranslation("app.name");
    }
}
