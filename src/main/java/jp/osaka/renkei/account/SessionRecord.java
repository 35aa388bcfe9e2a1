package jp.osaka.renkei.account;

import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What an HTTP session keeps of its row in user_session: the row's random id (never the session cookie's value)
 * and the user it was written for, so that a sign-in as someone else in the same session gets a row of its own.
 */
record SessionRecord(String id, long userId) implements Serializable {

    static final String ATTRIBUTE = SessionRecord.class.getName();

    static @Nullable SessionRecord of(@Nullable HttpSession session) {
        try {
            return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionRecord found ? found : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** The row id of the session of the request being handled (a Vaadin request or any other); null if none. */
    static @Nullable String currentId() {
        HttpServletRequest request = null;
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            request = vaadin.getHttpServletRequest();
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            request = attributes.getRequest();
        }
        SessionRecord found = request == null ? null : of(request.getSession(false));
        return found == null ? null : found.id();
    }
}
