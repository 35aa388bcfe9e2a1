package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

import jakarta.annotation.security.PermitAll;

import jp.osaka.renkei.base.security.AccessRefusals;

/**
 * A view the role may not open: recorded as a refused access (ASVS 16.3.2), then shown as not found like
 * Vaadin's own handler does, so as not to reveal what exists ({@link NotFoundView}).
 */
@Tag(Tag.DIV)
@PermitAll
class RouteAccessDeniedView extends Component implements HasErrorParameter<AccessDeniedException> {

    private final AccessRefusals refusals;

    RouteAccessDeniedView(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        refusals.refused(event.getLocation().getPathWithQueryParameters(), parameter.getCustomMessage());
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return 404;
    }
}
