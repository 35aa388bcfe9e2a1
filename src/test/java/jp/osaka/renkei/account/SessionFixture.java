package jp.osaka.renkei.account;

import com.vaadin.flow.server.VaadinServletRequest;

import java.util.Objects;

import jp.osaka.renkei.base.security.RenkeiUser;


/** Sessions recorded in user_session as a sign-in records them, for tests outside this package. */
public final class SessionFixture {

    private SessionFixture() {
    }

    /** A row as a sign-in from 192.0.2.1 with Firefox on Linux writes it; returns its id. */
    public static String signedIn(SignedInSessions sessions, RenkeiUser user) {
        return sessions.start(user, "192.0.2.1", "Firefox / Linux");
    }

    /** Makes the row the current Vaadin request's own, as the first request after a sign-in does. */
    public static void markCurrent(String id, RenkeiUser user) {
        VaadinServletRequest request = Objects.requireNonNull(VaadinServletRequest.getCurrent(), "no Vaadin request");
        request.getHttpServletRequest().getSession().setAttribute(SessionRecord.ATTRIBUTE,
                new SessionRecord(id, user.id()));
    }
}
