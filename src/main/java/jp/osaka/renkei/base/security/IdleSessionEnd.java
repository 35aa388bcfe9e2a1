package jp.osaka.renkei.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.stereotype.Component;

/**
 * When Vaadin closes a session that was idle for the timeout (vaadin.closeIdleSessions), it only drops its
 * own part of the HTTP session: the sign-in would survive and the next page load start a new UI signed in.
 * This ends the HTTP session with it, and so the sign-in.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(IdleSessionEnd::endHttpSession);
    }

    private static void endHttpSession(SessionDestroyEvent event) {
        WrappedSession session = event.getSession().getSession();
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // the HTTP session itself expired or was invalidated (logout): nothing left to end
        }
    }
}
