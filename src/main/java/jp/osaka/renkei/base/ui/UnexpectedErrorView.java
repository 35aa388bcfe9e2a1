package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import jp.osaka.renkei.base.DatabaseErrors;
import jp.osaka.renkei.base.DomainException;

/**
 * Any other error while opening a view. A domain rule's refusal (e.g. an unknown survey year) is
 * shown in the user's language, the database out of reach as such (503); anything unexpected is
 * logged with an id the user can quote.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getException() instanceof DomainException domain) {
            show(VaadinIcon.INFO_CIRCLE_O, getTranslation("error.notFound.title"),
                    getTranslation(domain.messageKey(), domain.arguments()));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (DatabaseErrors.unreachable(parameter.getException())) {
            show(VaadinIcon.PLUG, getTranslation("error.database.title"), getTranslation("error.database.text"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String id = ErrorIds.log(parameter.getException());
        show(VaadinIcon.EXCLAMATION_CIRCLE_O, getTranslation("error.unexpected.title"),
                getTranslation("error.unexpected.text", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
