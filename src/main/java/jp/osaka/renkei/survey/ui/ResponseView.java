package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;

/**
 * One response by its address, e.g. /responses/2025/271276/ward-office: a ward's own responses
 * (editable by the matching respondent while the round is open) and, for administrators, any ward's.
 * The service refuses another ward's response, whatever the URL.
 */
@Route("responses/:year/:ward/:type")
@RolesAllowed({Roles.WARD_OFFICE, Roles.SUPPORT_ROOM, Roles.CITY_ADMIN})
class ResponseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResponseService responses;
    private final WardService wards;
    private final boolean administrator;
    private @Nullable AnswerSheet sheet;

    ResponseView(ResponseService responses, WardService wards, CurrentUser currentUser) {
        this.responses = responses;
        this.wards = wards;
        this.administrator = currentUser.require().role() == Role.CITY_ADMIN;
        addClassName("answer-view");
    }

    /** The address of a response's page. */
    static String path(int fiscalYear, String wardCode, RespondentType type) {
        return "responses/" + fiscalYear + "/" + wardCode + "/" + type.slug();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int year = event.getRouteParameters().getInteger("year").orElseThrow(NotFoundException::new);
        Ward ward = event.getRouteParameters().get("ward").flatMap(wards::findByCode)
                .orElseThrow(NotFoundException::new);
        RespondentType type = event.getRouteParameters().get("type").flatMap(RespondentType::fromSlug)
                .orElseThrow(NotFoundException::new);
        sheet = responses.sheet(new ResponseKey(year, ward.getId(), type));
        removeAll();
        add(new AnswerForm(responses, sheet, administrator));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("answer.title") + " | " + getTranslation("app.name");
    }
}
