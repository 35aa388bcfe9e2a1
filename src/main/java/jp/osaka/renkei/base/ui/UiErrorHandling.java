package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jp.osaka.renkei.base.DatabaseErrors;
import jp.osaka.renkei.base.DomainException;

import jp.osaka.renkei.base.security.AccessRefusals;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors in clicks and other UI events: a refused rule or access shows its message in the user's
 * language; the database out of reach says so and to try again later (the view keeps what was
 * entered: nothing re-renders it); anything else is logged with an id shown to the user. Views that
 * expect a particular refusal (e.g. a stale answer) catch it themselves first.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private final AccessRefusals refusals;

    UiErrorHandling(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler(refusals)));
    }

    private record Handler(AccessRefusals refusals) implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null) {
                ErrorIds.log(event.getThrowable());
                return;
            }
            Throwable error = rootCause(event.getThrowable());
            String text;
            if (error instanceof DomainException domain) {
                text = ui.getTranslation(domain.messageKey(), domain.arguments());
            } else if (error instanceof AccessDeniedException) {
                refusals.refused(ui.getActiveViewLocation().getPathWithQueryParameters(),
                        String.valueOf(error.getMessage()));
                text = ui.getTranslation("error.accessDenied.title");
            } else if (DatabaseErrors.unreachable(event.getThrowable())) {
                text = ui.getTranslation("error.database.action");
            } else {
                text = ui.getTranslation("error.unexpected.text", ErrorIds.log(event.getThrowable()));
            }
            ui.access(() -> Notifications.error(text));
        }

        private static Throwable rootCause(Throwable error) {
            Throwable current = error;
            while (!(current instanceof DomainException) && !(current instanceof AccessDeniedException)
                    && current.getCause() != null && current.getCause() != current) {
                current = current.getCause();
            }
            return current;
        }
    }
}
