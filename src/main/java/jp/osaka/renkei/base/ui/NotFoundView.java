package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown URL, or a view the role may not open (Vaadin's access control reports those as not
 * found, so as not to reveal what exists): the app's own page, in the layout, with a way home.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(VaadinIcon.QUESTION_CIRCLE_O, getTranslation("error.notFound.title"), getTranslation("error.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
