package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import jp.osaka.renkei.base.security.AccessRefusals;

import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the request (e.g. another ward's response): recorded as a refused access, and said so in
 * the layout, with a way home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final AccessRefusals refusals;

    AccessDeniedView(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refusals.refused(event.getLocation().getPathWithQueryParameters(),
                String.valueOf(parameter.getException().getMessage()));
        show(VaadinIcon.BAN, getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
