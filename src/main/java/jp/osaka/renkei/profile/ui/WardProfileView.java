package jp.osaka.renkei.profile.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.profile.WardProfile;
import jp.osaka.renkei.profile.WardProfileService;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * A ward's profile by its code, e.g. /wards/271098 (天王寺区): every item's level in every round, the mutual
 * pair, the ward's actions and its comments. The service refuses another ward's profile, whatever the URL.
 */
@Route("wards/:ward")
@RolesAllowed({Roles.WARD_OFFICE, Roles.SUPPORT_ROOM, Roles.CITY_ADMIN})
class WardProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WardProfileService profiles;
    private final boolean wardUser;
    private @Nullable WardProfile profile;

    WardProfileView(WardProfileService profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.wardUser = currentUser.require().role().wardScoped();
        addClassName("ward-profile-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("ward").orElseThrow(NotFoundException::new);
        WardProfile shown;
        try {
            shown = profiles.profile(code);
        } catch (DomainException e) {
            throw new NotFoundException();
        }
        profile = shown;
        show(shown);
    }

    private void show(WardProfile shown) {
        removeAll();
        WardHistory history = shown.history();
        Paragraph intro = new Paragraph(getTranslation(history.rounds().isEmpty() ? "profile.rounds.none"
                : wardUser ? "profile.intro.wardUser" : "profile.intro"));
        intro.setId("profile-intro");
        add(new ViewToolbar(title()), intro);
        if (!history.rounds().isEmpty()) {
            for (RespondentType type : RespondentType.values()) {
                add(new LevelHistoryGrid(history, type));
            }
            add(new PairSection(history));
        }
        add(new ActionsSection(shown.actions()),
                new CommentsSection(history.comments()));
    }

    private String title() {
        return profile == null ? getTranslation("profile.title.plain")
                : getTranslation("profile.title", profile.history().ward().get(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return title() + " | " + getTranslation("app.name");
    }
}
